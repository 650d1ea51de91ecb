using Xunit;
using Strand.Analysis.Engine;

namespace Strand.Analysis.Tests.Corpus;

/// <summary>
/// The corpus runner: every case under testdata (but issue 4's sync/) is analysed on its own and
/// must produce exactly the findings its <c>// want</c> comments ask for.
/// </summary>
public sealed class AnalyzerCorpusTests
{
    [Theory]
    [MemberData(nameof(CorpusCase.Ids), MemberType = typeof(CorpusCase))]
    public void Case_gives_exactly_the_wanted_findings(string id)
    {
        var c = CorpusCase.Get(id);
        var wants = c.Files.SelectMany(f => WantComments.Read(f)).ToList();
        var result = Analyzer.Analyze(new AnalysisRequest([c.AnalysisPath]));
        var diff = CorpusMatcher.Diff(c, [.. wants], result);
        Assert.True(diff is null, diff);
    }
}
