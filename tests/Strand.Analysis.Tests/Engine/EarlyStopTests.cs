using Strand.Analysis.Engine;
using Xunit;

namespace Strand.Analysis.Tests.Engine;

/// <summary>
/// The hooks remedy verification uses: an analysis may stop at the first finding a caller waits for
/// (the partial result still holds it), entries may be explored in another order without changing
/// what is reported, and each explored finding names the entry that reported it.
/// </summary>
public sealed class EarlyStopTests : IDisposable
{
    // Three entries, each leaking on its own: a stop after the first finding skips work.
    private const string Source = """
        package p

        func First() {
        	c := make(chan int)
        	go func() {
        		c <- 1
        	}()
        }

        func Second() {
        	d := make(chan int)
        	go func() {
        		<-d
        	}()
        }

        func Third() {
        	e := make(chan string)
        	go func() {
        		e <- "x"
        	}()
        }
        """;

    private readonly EngineHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public void WithoutAStopConditionTheAnalysisIsComplete()
    {
        var path = _harness.Write("p.go", Source);
        var full = Analyzer.Analyze(new AnalysisRequest([path]));
        Assert.Equal(3, full.Findings.Length);
        Assert.False(full.Stats.ContainsKey("stoppedEarly"));
    }

    [Fact]
    public void StopsAtTheFirstMatchingFindingAndKeepsIt()
    {
        var path = _harness.Write("p.go", Source);
        // Second first, alone: once it reports, the other two entries are never started.
        var partial = Analyzer.Analyze(new AnalysisRequest([path])
        {
            StopWhen = f => f.Check == "chan-recv-leak",
            ExploreFirst = [$"{path.Replace('\\', '/')}|Second"],
        });
        Assert.Equal(1, partial.Stats["stoppedEarly"]);
        var finding = Assert.Single(partial.Findings);
        Assert.Equal(("chan-recv-leak", 13), (finding.Check, finding.Span.Line));
        Assert.Equal(1, partial.Stats["entries"]);
    }

    [Fact]
    public void AStopConditionNothingMeetsChangesNothing()
    {
        var path = _harness.Write("p.go", Source);
        var full = Analyzer.Analyze(new AnalysisRequest([path]));
        var watched = Analyzer.Analyze(new AnalysisRequest([path]) { StopWhen = f => f.Check == "lock-order" });
        Assert.False(watched.Stats.ContainsKey("stoppedEarly"));
        Assert.Equal(full.Findings.Select(f => (f.Check, f.Span, f.Message)), watched.Findings.Select(f => (f.Check, f.Span, f.Message)));
    }

    [Fact]
    public void ASuppressedFindingDoesNotStopTheAnalysis()
    {
        var source = Source.Replace("\t\t<-d", "\t\t<-d //strand:ignore chan-recv-leak the test wants it quiet", StringComparison.Ordinal);
        var path = _harness.Write("p.go", source);
        var watched = Analyzer.Analyze(new AnalysisRequest([path]) { StopWhen = f => f.Check == "chan-recv-leak" });
        Assert.False(watched.Stats.ContainsKey("stoppedEarly"));
        Assert.Equal(2, watched.Findings.Length);
    }

    [Fact]
    public void ExploringSomeEntriesFirstReportsTheSameAndNamesTheirOrigins()
    {
        var path = _harness.Write("p.go", Source);
        var full = Analyzer.Analyze(new AnalysisRequest([path]));
        var third = $"{path.Replace('\\', '/')}|Third";
        var reordered = Analyzer.Analyze(new AnalysisRequest([path]) { ExploreFirst = [third] });
        Assert.Equal(full.Findings.Select(f => (f.Check, f.Span, f.Message)), reordered.Findings.Select(f => (f.Check, f.Span, f.Message)));
        var send = full.Findings.Single(f => f.Span.Line == 20);
        Assert.Equal(third, full.Origins[(send.Check, send.Span.File, send.Span.Line, send.Span.Column)]);
    }
}
