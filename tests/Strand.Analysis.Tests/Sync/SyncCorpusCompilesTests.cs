using System.Collections.Immutable;
using Xunit;

namespace Strand.Analysis.Tests.Sync;

/// <summary>
/// Every corpus program is real Go: <c>go vet</c> accepts it. The corpus is copied into one
/// temporary module, one package per program, and vetted in a single run.
/// </summary>
public sealed class SyncCorpusCompilesTests
{
    private static readonly Lazy<VetReport> Report = new(VetAll);

    [GoTheory]
    [MemberData(nameof(SyncCorpus.AllPaths), MemberType = typeof(SyncCorpus))]
    public void Go_vet_accepts_the_program(string path)
    {
        var report = Report.Value;
        Assert.False(report.Run.TimedOut, "go vet timed out");
        var package = report.PackageOf[path];
        var complaints = report.Run.Output.Split('\n')
            .Where(l => l.Contains(package + "/", StringComparison.Ordinal) || l.EndsWith(package, StringComparison.Ordinal))
            .ToList();
        Assert.True(complaints.Count == 0, $"go vet on {path}:\n{string.Join('\n', complaints)}");
        if (report.Run.ExitCode != 0)
        {
            // Something failed that names no package: show it rather than pass silently.
            Assert.Contains("synccorpus/", report.Run.Output, StringComparison.Ordinal);
        }
    }

    private sealed record VetReport(GoRun Run, ImmutableDictionary<string, string> PackageOf);

    private static VetReport VetAll()
    {
        var dir = Directory.CreateTempSubdirectory("strand-sync-vet-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "go.mod"), "module synccorpus\n\ngo 1.19\n");
            var packages = ImmutableDictionary.CreateBuilder<string, string>();
            var index = 0;
            foreach (var c in SyncCorpus.Cases)
            {
                var package = $"p{index++:D3}";
                var target = Directory.CreateDirectory(Path.Combine(dir.FullName, package));
                File.Copy(c.FullPath, Path.Combine(target.FullName, "main.go"));
                packages[c.RelativePath] = package;
            }
            var run = GoTool.Run(dir.FullName, TimeSpan.FromMinutes(4), "vet", "./...");
            return new VetReport(run, packages.ToImmutable());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
