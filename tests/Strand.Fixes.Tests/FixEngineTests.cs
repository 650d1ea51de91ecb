using System.Collections.Immutable;
using System.Text;
using Strand.Analysis.Engine;
using Strand.Analysis.Findings;
using Strand.Fixes.Editing;
using Strand.Fixes.Engine;
using Strand.Syntax.Parsing;

namespace Strand.Fixes.Tests;

/// <summary>
/// The verification loop with a stand-in analyzer whose verdict depends on the (overlaid) source:
/// a remedy is kept only when re-analysis no longer reports its finding and reports nothing new.
/// </summary>
public sealed class FixEngineTests : IDisposable
{
    private const string Source = """
        package main

        func compute() string { return "x" }

        func start() {
        	reply := make(chan string)
        	go func() {
        		reply <- compute()
        	}()
        }

        """;

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("strand-engine-");
    private readonly string _path;

    public FixEngineTests()
    {
        _path = Path.Combine(_dir.FullName, "main.go");
        File.WriteAllText(_path, Source);
    }

    public void Dispose() => _dir.Delete(recursive: true);

    private AnalysisRequest Request => new([_path]);

    /// <summary>Reports the send leak while the channel is unbuffered and no select guards the send.</summary>
    private AnalysisResult Analyzer(AnalysisRequest request, Func<string, IEnumerable<Finding>>? extra = null)
    {
        var bytes = request.Overlay is not null && request.Overlay.TryGetValue(_path, out var o) ? o : File.ReadAllBytes(_path);
        var text = Encoding.UTF8.GetString(bytes);
        var document = new SourceDocument(_path, bytes, GoParser.ParseFile(_path, bytes).File);
        var findings = new List<Finding>();
        if (text.Contains("make(chan string)", StringComparison.Ordinal) && !text.Contains("select", StringComparison.Ordinal))
        {
            findings.Add(new Finding("chan-send-leak", Severity.Error, "blocks forever sending on reply",
                GoldenCase.SpanOf(document, "reply <- compute()"), GoldenCase.SpanOf(document, "go func()"),
                new NamedObject("reply", GoldenCase.SpanOf(document, "make(chan string)")), [], [], []));
        }
        findings.AddRange(extra?.Invoke(text) ?? []);
        return new AnalysisResult([.. findings], [], ImmutableSortedDictionary<string, long>.Empty);
    }

    [Fact]
    public void KeepsTheFirstRemedyThatVerifies()
    {
        var run = new FixEngine(r => Analyzer(r)).Run(Request);
        var result = Assert.Single(run.Results);
        Assert.NotNull(result.Applied);
        Assert.StartsWith("make the channel buffered: make(chan string, 1)", result.Applied!.Title, StringComparison.Ordinal);
        Assert.Contains("reply := make(chan string, 1)", Encoding.UTF8.GetString(run.Updated[_path]), StringComparison.Ordinal);
        Assert.Equal(Encoding.UTF8.GetBytes(Source), run.Originals[_path]);
    }

    [Fact]
    public void FallsBackWhenARemedyIntroducesAFinding()
    {
        // Pretend buffering makes a new problem appear elsewhere: the select remedy must win instead.
        var engine = new FixEngine(r => Analyzer(r, text => text.Contains("make(chan string, 1)", StringComparison.Ordinal)
            ? [new Finding("ticker-leak", Severity.Warning, "new", new SourceSpan(_path, 3, 1, 3, 5), null, null, [], [], [])]
            : []));
        var result = Assert.Single(engine.Run(Request).Results);
        Assert.NotNull(result.Applied);
        Assert.StartsWith("select on a timeout around the send", result.Applied!.Title, StringComparison.Ordinal);
        Assert.Contains(result.Refusals, r => r.Contains("new finding", StringComparison.Ordinal));
    }

    [Fact]
    public void ReportsWhyNothingFitsWhenTheFindingStays()
    {
        var engine = new FixEngine(r => Analyzer(r, text => text.Contains("strandTimeout", StringComparison.Ordinal) || text.Contains(", 1)", StringComparison.Ordinal)
            ? [new Finding("chan-send-leak", Severity.Error, "still", GoldenCase.SpanOf(new SourceDocument(_path, Encoding.UTF8.GetBytes(text),
                GoParser.ParseFile(_path, Encoding.UTF8.GetBytes(text)).File), "reply <- compute()"), null, null, [], [], [])]
            : []));
        var run = engine.Run(Request);
        var result = Assert.Single(run.Results);
        Assert.Null(result.Applied);
        Assert.Contains(result.Refusals, r => r.Contains("still reports the finding", StringComparison.Ordinal));
        Assert.Contains(result.Refusals, r => r.StartsWith("close-and-range:", StringComparison.Ordinal));
        Assert.Empty(run.Updated);
    }

    [Fact]
    public void AttachFixesListsEveryVerifiedRemedyBestFirst()
    {
        var engine = new FixEngine(r => Analyzer(r));
        var request = Request;
        var findings = engine.AttachFixes(request, Analyzer(request));
        var finding = Assert.Single(findings);
        Assert.Equal(2, finding.Fixes.Length);
        Assert.StartsWith("make the channel buffered", finding.Fixes[0].Title, StringComparison.Ordinal);
        Assert.StartsWith("select on a timeout", finding.Fixes[1].Title, StringComparison.Ordinal);
        Assert.All(finding.Fixes.SelectMany(f => f.Edits), e => Assert.Equal(_path, e.Span.File));
    }

    [Fact]
    public void AnAnalyzerFailureRefusesTheRemedyInsteadOfThrowing()
    {
        var calls = 0;
        var engine = new FixEngine(r => ++calls == 1 ? Analyzer(r) : throw new InvalidOperationException("boom"));
        var result = Assert.Single(engine.Run(Request).Results);
        Assert.Null(result.Applied);
        Assert.Contains(result.Refusals, r => r.Contains("re-analysis failed (boom)", StringComparison.Ordinal));
    }
}
