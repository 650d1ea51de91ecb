using System.Runtime.CompilerServices;

// The CLI tests call the commands' Run methods with their own writers instead of the console.
[assembly: InternalsVisibleTo("Strand.Analysis.Tests")]
