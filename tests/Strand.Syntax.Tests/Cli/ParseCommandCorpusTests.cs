using Strand.Syntax.Tests.Corpus;
using Xunit;
using Xunit.Abstractions;

namespace Strand.Syntax.Tests.Cli;

/// <summary>
/// Issue 2, check 1, as worded: over the Go standard library, <c>strand parse</c> reports syntax
/// errors in exactly the files where gofmt -l -e does, with the first error on the same line.
/// </summary>
[Collection(nameof(ConsoleCollection))]
public sealed class ParseCommandCorpusTests(ITestOutputHelper output)
{
    [GoFact]
    public void StrandParseRejectsTheCorpusFilesGofmtRejects()
    {
        var root = GoToolchain.CorpusRoot!;
        var files = GoToolchain.CorpusFiles();
        var run = CliRun.Invoke("parse", "--all", "--stats", root);
        var lines = run.StdoutLines;
        output.WriteLine(lines[^1]);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"files: {files.Count}, ", lines[^1], StringComparison.Ordinal);
        var go = FirstErrors.FromGo(files);
        var strand = FirstErrors.FromLines(lines[..^1], files.ToHashSet(StringComparer.Ordinal));
        var problems = FirstErrors.Disagreements(go, strand);
        Assert.True(problems.Count == 0, $"{problems.Count} disagreements with gofmt -e:\n" + string.Join("\n", problems));
    }
}
