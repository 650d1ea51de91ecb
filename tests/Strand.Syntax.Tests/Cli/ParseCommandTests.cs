using System.Text.RegularExpressions;
using Xunit;

namespace Strand.Syntax.Tests.Cli;

/// <summary><c>strand parse</c>: exit codes, error lines, their order, and the --stats line.</summary>
[Collection(nameof(ConsoleCollection))]
public sealed partial class ParseCommandTests
{
    private const string Valid = "package p\n\nfunc f() {}\n";

    [GeneratedRegex(@"^files: (\d+), lines: (\d+), bytes: (\d+), errors: (\d+) \(in (\d+) files\), wall: \d+\.\d+ s, \d+\.\d+ MB/s$")]
    private static partial Regex StatsLine();

    [Fact]
    public void ValidFilesExitZeroAndPrintNothing()
    {
        using var tree = new GoTree();
        tree.Add("a.go", Valid);
        tree.Add("sub/b.go", "package sub\n");
        var run = CliRun.Invoke("parse", tree.Root);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public void SyntaxErrorsExitOneWithGoStyleLinesSortedByPath()
    {
        using var tree = new GoTree();
        var c = tree.Add("sub/c.go", "package sub\nfunc f() {\n");
        var b = tree.Add("b.go", "package p\nvar x = )\n");
        tree.Add("ok.go", Valid);
        var a = tree.Add("a.go", "package p\nfunc g( {}\n");
        var run = CliRun.Invoke("parse", tree.Root);
        Assert.Equal(1, run.ExitCode);
        var lines = run.StdoutLines;
        Assert.Equal([a, b, c], lines.Select(l => l[..l.IndexOf(".go:", StringComparison.Ordinal)] + ".go").Distinct());
        Assert.Contains($"{b}:2:9: expected operand, found ')'", lines);
        Assert.Contains($"{c}:2:12: expected '}}', found 'EOF'", lines); // at EOF after the last newline, as gofmt says
    }

    [Fact]
    public void OutputIsTheSameOnEveryRun()
    {
        using var tree = new GoTree();
        for (var i = 0; i < 40; i++)
        {
            tree.Add($"d{i % 4}/f{i}.go", i % 3 == 0 ? "package p\nvar = 1\n" : Valid);
        }
        var first = CliRun.Invoke("parse", tree.Root);
        var second = CliRun.Invoke("parse", tree.Root);
        Assert.Equal(1, first.ExitCode);
        Assert.Equal(first.Stdout, second.Stdout);
        Assert.Equal(first.StdoutLines.Order(StringComparer.Ordinal), first.StdoutLines);
    }

    [Fact]
    public void MissingPathExitsTwoAndNamesIt()
    {
        using var tree = new GoTree();
        tree.Add("a.go", Valid);
        var missing = Path.Combine(tree.Root, "nope");
        var run = CliRun.Invoke("parse", tree.Root, missing);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(missing, run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void StatsLineCountsFilesLinesBytesAndErrors()
    {
        using var tree = new GoTree();
        const string Broken = "package p\nvar x = )\nvar y = ]"; // 3 lines (the last one unterminated), 2 errors
        tree.Add("a.go", Valid);
        tree.Add("b.go", Broken);
        var run = CliRun.Invoke("parse", "--stats", tree.Root);
        Assert.Equal(1, run.ExitCode);
        var match = StatsLine().Match(run.StdoutLines[^1]);
        Assert.True(match.Success, "unexpected stats line: " + run.StdoutLines[^1]);
        var bytes = Valid.Length + Broken.Length;
        Assert.Equal(["2", "6", $"{bytes}", "2", "1"], match.Groups.Values.Skip(1).Select(g => g.Value));
    }

    [Fact]
    public void StatsLineAloneWhenEverythingParses()
    {
        using var tree = new GoTree();
        tree.Add("a.go", Valid);
        var run = CliRun.Invoke("parse", "--stats", tree.Root);
        Assert.Equal(0, run.ExitCode);
        Assert.Single(run.StdoutLines);
        Assert.Matches(StatsLine(), run.StdoutLines[0]);
    }
}

[CollectionDefinition(nameof(ConsoleCollection), DisableParallelization = true)]
public sealed class ConsoleCollection;
