using Strand.Analysis.Engine;
using Strand.Analysis.Findings;

namespace Strand.Fixes.Tests;

/// <summary>
/// `strand check` verifies remedies with re-analyses that stop at the first finding refusing the
/// remedy. The remedies it keeps must be exactly those full re-analyses keep, on programs where
/// remedies are both refused (the target stays; a new finding appears) and verified.
/// </summary>
public sealed class EarlyStopVerificationTests : IDisposable
{
    // select-leak: its ctx.Done() remedy leaves the finding, its timeout remedy adds time.After in a
    // loop (after-in-loop); the two sends of Query are fixed by a buffer or a timeout.
    private const string Mixed = """
        package p

        import "context"

        func worker(ctx context.Context, jobs chan int) {
        	for {
        		select {
        		case <-ctx.Done():
        			return
        		case j := <-jobs:
        			_ = j
        		}
        	}
        }

        func Start() {
        	jobs := make(chan int)
        	go worker(context.Background(), jobs)
        }

        func Query() int {
        	res := make(chan int)
        	go func() {
        		res <- 1
        	}()
        	go func() {
        		res <- 2
        	}()
        	return <-res
        }

        """;

    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("strand-early-stop-");

    public void Dispose() => _work.Delete(recursive: true);

    /// <summary>The real analyzer with the early-stop hooks removed: what a full verification sees.</summary>
    private static AnalysisResult Full(AnalysisRequest request) =>
        Analyzer.Analyze(request with { StopWhen = null, ExploreFirst = null });

    private static string[] Remedies(IEnumerable<Finding> findings) =>
        [.. findings.Select(f => $"{f.Span} {f.Check}: {string.Join(" | ", f.Fixes.Select(x => x.Title + " " + string.Join(",", x.Edits.Select(e => $"{e.StartOffset}-{e.EndOffset}:{e.NewText}"))))}")];

    private (string[] Early, string[] Full, int Stopped) Compare(string path)
    {
        var request = new AnalysisRequest([path]);
        var baseline = Analyzer.Analyze(request);
        var stopped = 0;
        var early = new FixEngine(r =>
        {
            var result = Analyzer.Analyze(r);
            if (result.Stats.ContainsKey("stoppedEarly"))
            {
                Interlocked.Increment(ref stopped);
            }
            return result;
        }).AttachFixes(request, baseline);
        var full = new FixEngine(Full).AttachFixes(request, baseline);
        return (Remedies(early), Remedies(full), stopped);
    }

    [Fact]
    public void KeepsExactlyTheRemediesFullReanalysesKeep()
    {
        var path = Path.Combine(_work.FullName, "p.go");
        File.WriteAllText(path, Mixed);
        var (early, full, stopped) = Compare(path);
        Assert.Equal(full, early);
        Assert.Equal(2, stopped); // both select-leak remedies were refused without a full re-analysis
        Assert.Contains(early, line => line.Contains("select-leak: ", StringComparison.Ordinal) && line.EndsWith("select-leak: ", StringComparison.Ordinal));
        Assert.Equal(2, early.Count(line => line.Contains("chan-send-leak: make the channel buffered", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(GoldenCase.Names), MemberType = typeof(GoldenCase))]
    public void GoldenInputsGetTheSameRemediesAsWithFullReanalyses(string name)
    {
        var path = Path.Combine(_work.FullName, "input.go");
        File.WriteAllBytes(path, GoldenCase.Load(name).Input);
        var (early, full, _) = Compare(path);
        Assert.Equal(full, early);
    }
}
