using System.Collections.Immutable;
using Strand.Analysis.Checks.Sync;
using Strand.Analysis.Findings;
using Strand.Semantics;

namespace Strand.Analysis.Tests.Sync;

/// <summary>Loads Go files the way the analyzer does and runs the simple sync checks on them.</summary>
internal static class SimpleChecksHarness
{
    public static ImmutableArray<Finding> RunOnFile(string path) => SyncSimpleChecks.Run(ProgramLoader.Load([path]));

    /// <summary>Writes <paramref name="source"/> as main.go of a fresh directory and checks it.</summary>
    public static ImmutableArray<Finding> RunOnSource(string source)
    {
        var dir = Directory.CreateTempSubdirectory("strand-sync-simple-");
        try
        {
            var file = Path.Combine(dir.FullName, "main.go");
            File.WriteAllText(file, source);
            return RunOnFile(file);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    /// <summary>The text a want pattern is matched against: the message and the check id, as reports print them.</summary>
    public static string Rendered(Finding f) => $"{f.Message} ({f.Check})";
}
