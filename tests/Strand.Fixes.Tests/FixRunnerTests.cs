using System.Collections.Immutable;
using System.Text;
using Strand.Analysis.Engine;
using Strand.Analysis.Findings;
using Strand.Cli.Fix;
using Strand.Fixes.Editing;
using Strand.Fixes.Writing;
using Strand.Syntax.Parsing;

namespace Strand.Fixes.Tests;

/// <summary><c>strand fix</c> end to end over a stand-in analyzer: diff by default, --write, exit codes.</summary>
public sealed class FixRunnerTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("strand-fixcli-");
    private readonly string _path;
    private readonly byte[] _original;

    public FixRunnerTests()
    {
        _path = Path.Combine(_dir.FullName, "main.go");
        _original = File.ReadAllBytes(Path.Combine(GoldenCase.Root, "buffer_crlf_bom", "input.go"));
        File.WriteAllBytes(_path, _original);
    }

    public void Dispose() => _dir.Delete(recursive: true);

    private AnalysisResult Analyze(AnalysisRequest request)
    {
        var bytes = request.Overlay is not null && request.Overlay.TryGetValue(_path, out var o) ? o : File.ReadAllBytes(_path);
        var document = new SourceDocument(_path, bytes, GoParser.ParseFile(_path, bytes).File);
        var findings = Encoding.UTF8.GetString(bytes).Contains("make(chan int)", StringComparison.Ordinal)
            ? ImmutableArray.Create(new Finding("chan-send-leak", Severity.Error, "blocks forever sending on done",
                GoldenCase.SpanOf(document, "done <- compute()"), GoldenCase.SpanOf(document, "go func()"),
                new NamedObject("done", GoldenCase.SpanOf(document, "make(chan int)")), [], [], []))
            : [];
        return new AnalysisResult(findings, [], ImmutableSortedDictionary<string, long>.Empty);
    }

    private (int Code, string Out, string Err) Run(bool write, Func<AnalysisRequest, AnalysisResult>? analyze = null)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = FixRunner.Run(new FixOptions([_dir.FullName], null, write), new FixEngine(analyze ?? Analyze), SafeWriter.Disk, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void DiffModePrintsAPatchAndChangesNothing()
    {
        var (code, output, errors) = Run(write: false);
        Assert.Equal(1, code);
        Assert.Contains($"--- a/{_path}\n+++ b/{_path}\n@@ ", output, StringComparison.Ordinal);
        Assert.Contains("-\tdone := make(chan int)\r\n+\tdone := make(chan int, 1)\r\n", output, StringComparison.Ordinal);
        Assert.Contains("fixed (chan-send-leak): make the channel buffered: make(chan int, 1)", errors, StringComparison.Ordinal);
        Assert.Equal(_original, File.ReadAllBytes(_path));
    }

    [Fact]
    public void WriteModeWritesKeepingBomAndCrlf()
    {
        var (code, output, _) = Run(write: true);
        Assert.Equal(0, code);
        Assert.Equal("", output);
        var written = File.ReadAllBytes(_path);
        Assert.Equal(Encoding.UTF8.GetString(_original).Replace("make(chan int)", "make(chan int, 1)", StringComparison.Ordinal),
            Encoding.UTF8.GetString(written));
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, written[..3]);
    }

    [Fact]
    public void NothingToFixExitsZero()
    {
        var empty = new AnalysisResult([], [], ImmutableSortedDictionary<string, long>.Empty);
        var (code, output, _) = Run(write: false, _ => empty);
        Assert.Equal(0, code);
        Assert.Equal("", output);
    }

    [Fact]
    public void AnUnfixableFindingIsExplainedAndWriteModeExitsOne()
    {
        // An analyzer that keeps reporting the finding whatever the edit: no remedy verifies.
        var original = Analyze(new AnalysisRequest([_path]));
        var (code, _, errors) = Run(write: true, _ => original);
        Assert.Equal(1, code);
        Assert.Contains("no verified remedy (chan-send-leak)", errors, StringComparison.Ordinal);
        Assert.Contains("\tmake the channel buffered: make(chan int, 1): re-analysis still reports the finding", errors, StringComparison.Ordinal);
        Assert.Equal(_original, File.ReadAllBytes(_path));
    }
}
