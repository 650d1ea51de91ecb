using System.Collections.Immutable;
using System.Text;
using Strand.Analysis.Engine;
using Strand.Analysis.Findings;
using Strand.Fixes.Editing;
using Strand.Syntax.Parsing;

namespace Strand.Fixes.Tests;

/// <summary>
/// Verification re-analyses only the packages of edited files; findings elsewhere must still be
/// fixed in turn, and a remedy that removes two findings at once is applied once.
/// </summary>
public sealed class FixEngineScopeTests : IDisposable
{
    private const string Leaky = "package p\n\nfunc f() {\n\tc := make(chan int)\n\tgo func() {\n\t\tc <- 1\n\t}()\n\tgo func() {\n\t\tc <- 2\n\t}()\n}\n";

    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("strand-scope-");
    private readonly List<string> _requests = [];

    public void Dispose() => _root.Delete(recursive: true);

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_root.FullName, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Reports each send on an unbuffered c in every .go file under the requested paths.</summary>
    private AnalysisResult Analyze(AnalysisRequest request)
    {
        _requests.Add(string.Join(",", request.Paths));
        var files = request.Paths.SelectMany(p => Directory.Exists(p) ? Directory.GetFiles(p, "*.go", SearchOption.AllDirectories) : [p]).Order(StringComparer.Ordinal);
        var findings = new List<Finding>();
        foreach (var file in files)
        {
            var bytes = request.Overlay is not null && request.Overlay.TryGetValue(file, out var o) ? o : File.ReadAllBytes(file);
            if (!Encoding.UTF8.GetString(bytes).Contains("make(chan int)", StringComparison.Ordinal))
            {
                continue;
            }
            var document = new SourceDocument(file, bytes, GoParser.ParseFile(file, bytes).File);
            foreach (var send in new[] { "c <- 1", "c <- 2" })
            {
                findings.Add(new Finding("chan-send-leak", Severity.Error, "m", GoldenCase.SpanOf(document, send), null,
                    new NamedObject("c", GoldenCase.SpanOf(document, "make(chan int)")), [], [], []));
            }
        }
        return new AnalysisResult([.. findings], [], ImmutableSortedDictionary<string, long>.Empty);
    }

    [Fact]
    public void FixesFindingsInEveryPackageAndEachRemedyOnce()
    {
        var a = Write("a/a.go", Leaky);
        var b = Write("b/b.go", Leaky);
        var run = new FixEngine(Analyze).Run(new AnalysisRequest([_root.FullName]));
        Assert.Equal(4, run.Results.Length);
        Assert.Equal(2, run.FixedCount);
        Assert.Equal(2, run.Results.Count(r => r.Refusals.Any(x => x.StartsWith("already fixed", StringComparison.Ordinal))));
        Assert.Contains("make(chan int, 1)", Encoding.UTF8.GetString(run.Updated[a]), StringComparison.Ordinal);
        Assert.Contains("make(chan int, 1)", Encoding.UTF8.GetString(run.Updated[b]), StringComparison.Ordinal);
        // The first request analysed the tree; the verifications only the edited packages.
        Assert.Equal(_root.FullName, _requests[0]);
        Assert.All(_requests.Skip(1), r => Assert.DoesNotContain(_root.FullName + ",", r + ",", StringComparison.Ordinal));
    }
}

/// <summary>Two timeout remedies in one file add the import and the constant once.</summary>
public sealed class FixEngineSharedEditsTests : IDisposable
{
    private const string Source = "package p\n\nimport \"fmt\"\n\nfunc a(c chan int) {\n\tfmt.Println(<-c)\n}\n\nfunc b(d chan int) {\n\tfmt.Println(<-d)\n}\n";

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("strand-shared-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void SharedImportAndConstantAreAddedOnce()
    {
        var path = Path.Combine(_dir.FullName, "p.go");
        File.WriteAllText(path, Source);
        AnalysisResult Analyze(AnalysisRequest request)
        {
            var bytes = request.Overlay is not null && request.Overlay.TryGetValue(path, out var o) ? o : File.ReadAllBytes(path);
            var text = Encoding.UTF8.GetString(bytes);
            var document = new SourceDocument(path, bytes, GoParser.ParseFile(path, bytes).File);
            var findings = new[] { "fmt.Println(<-c)", "fmt.Println(<-d)" }.Where(t => text.Contains(t, StringComparison.Ordinal))
                .Select(t => new Finding("chan-recv-leak", Severity.Error, "m", GoldenCase.SpanOf(document, t), null, null, [], [], []));
            return new AnalysisResult([.. findings], [], ImmutableSortedDictionary<string, long>.Empty);
        }
        var run = new FixEngine(Analyze).Run(new AnalysisRequest([path]));
        Assert.Equal(2, run.FixedCount);
        var fixedText = Encoding.UTF8.GetString(run.Updated[path]);
        Assert.Equal(1, fixedText.Split("const strandTimeout").Length - 1);
        Assert.Equal(1, fixedText.Split("\"time\"").Length - 1);
        Assert.Contains("case v := <-c:", fixedText, StringComparison.Ordinal);
        Assert.Contains("case v := <-d:", fixedText, StringComparison.Ordinal);
    }
}
