using Strand.Analysis.Engine;
using Strand.Analysis.Tests.Corpus;
using Xunit;

namespace Strand.Analysis.Tests.Sync;

/// <summary>
/// The sync corpus runner: every program under testdata/sync is analysed on its own by the full
/// analyzer (explorer and simple checks) and must produce exactly the findings its
/// <c>// want</c> comments ask for: a missing or an unexpected finding fails with a diff.
/// </summary>
public sealed class SyncAnalyzerCorpusTests
{
    [Theory]
    [MemberData(nameof(SyncCorpus.AllPaths), MemberType = typeof(SyncCorpus))]
    public void Program_gives_exactly_the_wanted_findings(string path)
    {
        var c = SyncCorpus.Get(path);
        var asCorpusCase = new Corpus.CorpusCase($"sync/{c.RelativePath}", c.Class, c.FullPath, false, [c.FullPath]);
        var wants = WantComments.Read(c.FullPath);
        var result = Analyzer.Analyze(new AnalysisRequest([c.FullPath]));
        var diff = CorpusMatcher.Diff(asCorpusCase, wants, result);
        Assert.True(diff is null, diff);
    }
}
