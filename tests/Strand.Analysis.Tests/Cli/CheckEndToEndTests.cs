using System.Text.Json;
using Strand.Analysis.Tests.Support;
using Strand.Cli.Commands;
using Xunit;

namespace Strand.Analysis.Tests.Cli;

/// <summary>strand check with the real engine: exit codes, formats, syntax errors, the examples.</summary>
public sealed class CheckEndToEndTests
{
    private static (int Code, string Out, string Err) Check(params string[] args)
    {
        var format = "text";
        string? checks = null;
        var paths = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--format": format = args[++i]; break;
                case "--checks": checks = args[++i]; break;
                default: paths.Add(args[i]); break;
            }
        }
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CheckCommand.Run([.. paths], format, checks, false, false, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static string Seed(string name) => Path.Combine(RepoPaths.TestData, "seed", name);

    [Fact]
    public void Multiquery_gives_two_findings_and_exit_one()
    {
        var (code, output, _) = Check("--format", "json", Seed("multiquery.go"));
        Assert.Equal(1, code);
        var findings = JsonDocument.Parse(output).RootElement.GetProperty("findings");
        Assert.Equal(["chan-recv-leak", "chan-send-leak"], findings.EnumerateArray().Select(f => f.GetProperty("check").GetString()!).Order().ToArray());
    }

    [Fact]
    public void Silent_program_exits_zero_with_no_output()
    {
        var (code, output, err) = Check(Seed("closerange.go"));
        Assert.Equal(0, code);
        Assert.Equal("", output);
        Assert.Equal("", err);
    }

    [Fact]
    public void Checks_option_selects()
    {
        var (code, output, _) = Check("--checks", "chan-send-leak", Seed("multiquery.go"));
        Assert.Equal(1, code);
        Assert.Contains("(chan-send-leak)", output);
        Assert.DoesNotContain("(chan-recv-leak)", output);
    }

    [Fact]
    public void Syntax_errors_are_printed_and_the_rest_is_analysed()
    {
        var dir = Directory.CreateTempSubdirectory("strand-check-").FullName;
        var file = Path.Combine(dir, "broken.go");
        // The broken function comes last: what precedes it parses whatever the parser's recovery does.
        File.WriteAllText(file, """
            package main

            func leak() {
            	ch := make(chan int)
            	go func() { ch <- 1 }()
            }

            func main() { leak() }

            func broken() {
            	return 1 2
            }
            """.Replace("\r\n", "\n"));
        var (code, output, _) = Check(file);
        Assert.Equal(1, code);
        Assert.Contains(file + ":", output);
        Assert.Contains("(chan-send-leak)", output);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(file + ":11:11: expected ';', found 2", lines);
    }

    [Fact]
    public void Examples_report_each_leaky_function_and_nothing_in_the_fixed_ones()
    {
        var root = Path.Combine(RepoPaths.Root, "examples");
        var (code, output, _) = Check("--format", "json", root + "/...");
        Assert.Equal(1, code);
        var got = JsonDocument.Parse(output).RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => $"{Path.GetRelativePath(root, f.GetProperty("file").GetString()!).Replace('\\', '/')}:{f.GetProperty("line").GetInt32()} {f.GetProperty("check").GetString()}")
            .ToArray();
        string[] expected =
        [
            "cancel/main.go:12 lost-cancel",
            "cancel/main.go:14 ctx-leak",
            "eventbus/main.go:21 lock-chan-deadlock",
            "eventbus/main.go:25 lock-chan-deadlock",
            "fanin/main.go:18 chan-send-leak",
            "fanin/main.go:36 chan-recv-leak",
            "querytimeout/main.go:18 chan-send-leak",
            "ticker/main.go:11 ticker-leak",
            "ticker/main.go:37 after-in-loop",
            "writer/main.go:23 chan-range-leak",
        ];
        Assert.Equal(expected, got);
    }
}
