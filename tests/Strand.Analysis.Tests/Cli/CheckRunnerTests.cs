using Xunit;
using System.Text.Json;
using Strand.Analysis.Engine;
using Strand.Analysis.Tests.Reports;
using Strand.Cli.Check;

namespace Strand.Analysis.Tests.Cli;

/// <summary>strand check's options, formats and exit codes, with a synthetic analyser.</summary>
public sealed class CheckRunnerTests
{
    private static (int Code, string Out, string Err, AnalysisRequest? Request) Run(
        AnalysisResult result, string[]? paths = null, string? format = null, string? checks = null, bool verbose = false, bool stats = false)
    {
        var (options, error) = CheckArguments.Validate(paths ?? [Path.GetTempPath()], format, checks, verbose, stats);
        Assert.Null(error);
        AnalysisRequest? seen = null;
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CheckRunner.Run(options!, r => { seen = r; return result; }, stdout, stderr, "/work/repo");
        return (code, stdout.ToString(), stderr.ToString(), seen);
    }

    [Fact]
    public void Nothing_found_exits_zero_and_prints_nothing()
    {
        var (code, output, err, _) = Run(SyntheticResults.Empty);
        Assert.Equal(0, code);
        Assert.Equal("", output);
        Assert.Equal("", err);
    }

    [Fact]
    public void Findings_exit_one_in_text()
    {
        var (code, output, _, _) = Run(SyntheticResults.Result(SyntheticResults.SendLeak()));
        Assert.Equal(1, code);
        Assert.StartsWith("svc/query.go:22:9: goroutine started", output);
        Assert.Contains("svc/broken.go:3:7: expected ';', found 'x'\n", output);
    }

    [Fact]
    public void Json_and_sarif_formats_are_valid_json()
    {
        var r = SyntheticResults.Result(SyntheticResults.SendLeak());
        var json = Run(r, format: "json").Out;
        Assert.Equal(1, JsonDocument.Parse(json).RootElement.GetProperty("findings").GetArrayLength());
        var sarif = Run(r, format: "SARIF").Out;
        Assert.Equal("2.1.0", JsonDocument.Parse(sarif).RootElement.GetProperty("version").GetString());
    }

    [Fact]
    public void Verbose_and_stats()
    {
        var (_, output, err, _) = Run(SyntheticResults.Result(SyntheticResults.SendLeak()), verbose: true, stats: true);
        Assert.Contains("\t  witness: ", output);
        Assert.StartsWith("strand: 1 finding, 1 input error", err);
    }

    [Fact]
    public void Checks_option_reaches_the_request_and_filters_findings()
    {
        var r = SyntheticResults.Result(SyntheticResults.SendLeak(), SyntheticResults.AfterInLoop());
        var (_, output, _, request) = Run(r, checks: "after-in-loop");
        Assert.Equal(["after-in-loop"], request!.Checks!.ToArray());
        Assert.Contains("(after-in-loop)", output);
        Assert.DoesNotContain("(chan-send-leak)", output);
    }

    [Fact]
    public void Default_path_is_the_current_directory()
    {
        var (options, error) = CheckArguments.Validate([], null, null, false, false);
        Assert.Null(error);
        Assert.Equal(["."], options!.Paths.ToArray());
        Assert.Equal(ReportFormat.Text, options.Format);
    }

    [Theory]
    [InlineData("--format", "xml", "unknown format 'xml'")]
    [InlineData("--checks", "chan-send-leak,bogus", "unknown check 'bogus'")]
    [InlineData("path", "/no/such/dir/...", "/no/such/dir/...: no such file or directory")]
    public void Usage_errors_are_explained(string what, string value, string expected)
    {
        var (_, error) = what switch
        {
            "--format" => CheckArguments.Validate(null, value, null, false, false),
            "--checks" => CheckArguments.Validate(null, null, value, false, false),
            _ => CheckArguments.Validate([value], null, null, false, false),
        };
        Assert.Contains(expected, error);
    }

    [Fact]
    public void Dot_dot_dot_patterns_of_existing_directories_are_accepted()
    {
        Assert.Null(CheckArguments.Validate(["./...", Path.GetTempPath() + "/..."], null, null, false, false).Error);
    }

    [Fact]
    public void A_crashing_analysis_is_reported_not_thrown()
    {
        var (options, _) = CheckArguments.Validate(null, null, null, false, false);
        var stderr = new StringWriter();
        var code = CheckRunner.Run(options!, _ => throw new InvalidOperationException("boom"), new StringWriter(), stderr);
        Assert.Equal(2, code);
        Assert.Contains("internal error: InvalidOperationException: boom", stderr.ToString());
    }
}
