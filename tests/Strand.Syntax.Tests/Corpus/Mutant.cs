namespace Strand.Syntax.Tests.Corpus;

/// <summary>A source to parse in a robustness test, and how it was made (to reproduce a failure).</summary>
public sealed record Mutant(string Description, byte[] Source);
