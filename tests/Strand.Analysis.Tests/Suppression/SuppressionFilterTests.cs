using Xunit;
using System.Collections.Immutable;
using System.Text;
using Strand.Analysis.Checks;
using Strand.Analysis.Findings;
using Strand.Analysis.Suppression;
using Strand.Syntax.Ast;
using Strand.Syntax.Parsing;

namespace Strand.Analysis.Tests.Suppression;

public sealed class SuppressionFilterTests
{
    private const string File = "pkg/a.go";

    private static GoFile Parse(string source) => GoParser.ParseFile(File, Encoding.UTF8.GetBytes(source)).File;

    private static Finding At(int line, string check = CheckIds.ChanSendLeak, string file = File) =>
        new(check, Severity.Error, "blocks forever", new SourceSpan(file, line, 2, line, 10), null, null, [], [], []);

    private static SuppressionOutcome Apply(string source, params Finding[] findings) =>
        SuppressionFilter.Apply([Parse(source)], [.. findings]);

    private const string Header = "package p\n\nfunc f() {\n";

    [Fact]
    public void Directive_on_the_line_above_suppresses_the_finding()
    {
        var src = Header + "\t//strand:ignore chan-send-leak the reader drains it in tests\n\tch <- 1\n}\n";
        var outcome = Apply(src, At(5));
        Assert.Empty(outcome.Kept);
        Assert.Empty(outcome.UnusedDirectives);
        Assert.Empty(outcome.Malformed);
    }

    [Fact]
    public void Directive_on_the_same_line_suppresses_the_finding()
    {
        var src = Header + "\tch <- 1 //strand:ignore chan-send-leak accepted\n}\n";
        Assert.Empty(Apply(src, At(4)).Kept);
    }

    [Fact]
    public void Directive_two_lines_above_does_not_reach()
    {
        var src = Header + "\t//strand:ignore chan-send-leak too far\n\n\tch <- 1\n}\n";
        var outcome = Apply(src, At(6));
        Assert.Single(outcome.Kept);
        var unused = Assert.Single(outcome.UnusedDirectives);
        Assert.Equal(CheckIds.UnusedIgnore, unused.Check);
        Assert.Equal(Severity.Warning, unused.Severity);
        Assert.Equal(4, unused.Span.Line);
        Assert.Equal(2, unused.Span.Column);
        Assert.Contains("suppresses nothing", unused.Message);
    }

    [Fact]
    public void Directive_for_another_check_does_not_suppress()
    {
        var src = Header + "\t//strand:ignore chan-recv-leak wrong check\n\tch <- 1\n}\n";
        var outcome = Apply(src, At(5));
        Assert.Single(outcome.Kept);
        Assert.Single(outcome.UnusedDirectives);
    }

    [Fact]
    public void Several_checks_separated_by_commas()
    {
        var src = Header + "\t//strand:ignore chan-recv-leak,chan-send-leak both are fine here\n\tch <- <-in\n}\n";
        var outcome = Apply(src, At(5), At(5, CheckIds.ChanRecvLeak));
        Assert.Empty(outcome.Kept);
        Assert.Empty(outcome.UnusedDirectives);
    }

    [Fact]
    public void Missing_reason_is_an_input_error_and_suppresses_nothing()
    {
        var src = Header + "\t//strand:ignore chan-send-leak\n\tch <- 1\n}\n";
        var outcome = Apply(src, At(5));
        Assert.Single(outcome.Kept);
        Assert.Empty(outcome.UnusedDirectives);
        var error = Assert.Single(outcome.Malformed);
        Assert.Equal((File, 4, 2), (error.File, error.Line, error.Column));
        Assert.Contains("missing reason", error.Message);
    }

    [Fact]
    public void Unknown_check_and_missing_check_are_input_errors()
    {
        var src = Header + "\t//strand:ignore no-such-check because\n\t//strand:ignore\n\tch <- 1\n}\n";
        var outcome = Apply(src, At(6));
        Assert.Single(outcome.Kept);
        Assert.Equal(2, outcome.Malformed.Length);
        Assert.Contains("unknown check 'no-such-check'", outcome.Malformed[0].Message);
        Assert.Contains("missing check id", outcome.Malformed[1].Message);
    }

    [Fact]
    public void File_ignore_covers_the_whole_file_only()
    {
        var src = "//strand:file-ignore chan-send-leak generated code\n\n" + Header + "\tch <- 1\n}\n";
        var outcome = Apply(src, At(6), At(6, file: "pkg/b.go"), At(6, CheckIds.ChanRecvLeak));
        Assert.Equal(2, outcome.Kept.Length);
        Assert.Equal("pkg/b.go", outcome.Kept[0].Span.File);
        Assert.Equal(CheckIds.ChanRecvLeak, outcome.Kept[1].Check);
        Assert.Empty(outcome.UnusedDirectives);
    }

    [Fact]
    public void Unused_file_ignore_is_reported()
    {
        var src = "//strand:file-ignore ticker-leak no tickers any more\n\npackage p\n";
        var unused = Assert.Single(Apply(src).UnusedDirectives);
        Assert.Equal(1, unused.Span.Line);
        Assert.Contains("in this file", unused.Message);
    }

    [Fact]
    public void Look_alike_comments_are_not_directives()
    {
        var src = Header + "\t// strand:ignore chan-send-leak a space after the slashes\n\t//strand:ignored chan-send-leak x\n\tch <- 1\n}\n";
        var outcome = Apply(src, At(6));
        Assert.Single(outcome.Kept);
        Assert.Empty(outcome.UnusedDirectives);
        Assert.Empty(outcome.Malformed);
    }

    [Fact]
    public void Directive_for_a_check_that_did_not_run_is_not_unused()
    {
        var src = Header + "\t//strand:ignore ticker-leak polls forever by design\n\tt := time.Tick(1)\n}\n";
        var outcome = SuppressionFilter.Apply([Parse(src)], [], ImmutableHashSet.Create(CheckIds.ChanSendLeak));
        Assert.Empty(outcome.UnusedDirectives);
    }

    [Fact]
    public void Relative_and_absolute_spellings_of_a_path_match()
    {
        var src = Header + "\t//strand:ignore chan-send-leak fine\n\tch <- 1\n}\n";
        var absolute = Path.GetFullPath(File);
        Assert.Empty(Apply(src, At(5, file: absolute)).Kept);
        Assert.Empty(Apply(src, At(5, file: "./" + File)).Kept);
    }

    [Fact]
    public void One_directive_can_suppress_several_findings_and_order_is_kept()
    {
        var src = Header + "\t//strand:ignore chan-send-leak both sends\n\tch <- 1; ch <- 2\n\tx <- 3\n}\n";
        var outcome = Apply(src, At(5), At(5), At(6));
        var kept = Assert.Single(outcome.Kept);
        Assert.Equal(6, kept.Span.Line);
    }
}
