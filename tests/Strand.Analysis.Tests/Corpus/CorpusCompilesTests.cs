using Xunit;
using Strand.Analysis.Tests.Support;

namespace Strand.Analysis.Tests.Corpus;

/// <summary>
/// The corpus is real Go: <c>go vet</c> accepts every case meant to compile, and rejects the ones
/// marked <c>// strand:test does-not-compile</c> (the seed's programs as printed), so the marker
/// stays honest. lostcancel is off: several cases lose a cancel func on purpose.
/// </summary>
public sealed class CorpusCompilesTests
{
    [GoTheory]
    [MemberData(nameof(CorpusCase.Ids), MemberType = typeof(CorpusCase))]
    public void Go_vet_agrees_the_case_compiles_or_not(string id)
    {
        var c = CorpusCase.Get(id);
        var outcome = Vet(c);
        if (c.MeantToCompile)
        {
            Assert.True(outcome.ExitCode == 0, $"go vet {c.Id} failed:\n{outcome.Output}");
        }
        else
        {
            Assert.True(outcome.ExitCode != 0, $"{c.Id} is marked does-not-compile but go vet accepts it");
        }
    }

    [GoFact]
    public void Examples_are_real_go()
    {
        var outcome = GoTool.Run(Path.Combine(RepoPaths.Root, "examples"), "vet", "-lostcancel=false", "./...");
        Assert.True(outcome.ExitCode == 0, $"go vet examples/... failed:\n{outcome.Output}");
    }

    private static ExternalTool.Outcome Vet(CorpusCase c)
    {
        if (!c.IsDirectory)
        {
            return GoTool.Run(Path.GetDirectoryName(c.FullPath)!, "vet", "-lostcancel=false", Path.GetFileName(c.FullPath));
        }
        if (File.Exists(Path.Combine(c.FullPath, "go.mod")))
        {
            return GoTool.Run(c.FullPath, "vet", "-lostcancel=false", "./...");
        }
        // One package spread over several files, without a module: vet the files together.
        return GoTool.Run(c.FullPath, ["vet", "-lostcancel=false", .. c.Files.Select(f => Path.GetRelativePath(c.FullPath, f))]);
    }
}
