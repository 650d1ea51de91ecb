using System.Text;
using System.Text.Json;
using Strand.Cli.Dump;
using Strand.Dumps.Grouping;
using Strand.Dumps.Tests.Support;

namespace Strand.Dumps.Tests;

/// <summary><c>strand dump</c> end to end, in process: options, exit codes, both formats.</summary>
public class CliTests
{
    private static (int Code, string Out, string Err) Run(string[] inputs, string? format = null, string? level = null, string? source = null, string? stdin = null)
    {
        var (options, error) = DumpOptions.Validate(inputs, format, source, null, null, level);
        if (options is null)
        {
            return (2, "", error!);
        }
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = DumpRunner.Run(options, () => new MemoryStream(Encoding.UTF8.GetBytes(stdin ?? "")), stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Exit_1_with_a_suspect_0_without()
    {
        Assert.Equal(1, Run([Repo.TestData("two_dumps.txt")]).Code);
        Assert.Equal(0, Run([Repo.TestData("ancestors.txt")]).Code);
    }

    [Fact]
    public void Exit_2_for_usage_errors()
    {
        Assert.Equal(2, Run([]).Code);
        Assert.Contains("unknown option --bogus", Run(["--bogus", "x"]).Err, StringComparison.Ordinal);
        Assert.Contains("--format", Run(["x"], format: "xml").Err, StringComparison.Ordinal);
        Assert.Contains("--level", Run(["x"], level: "stacks").Err, StringComparison.Ordinal);
        Assert.Contains("--source", Run(["x"], source: "/no/such/dir").Err, StringComparison.Ordinal);
        Assert.NotNull(DumpOptions.Validate(["f.txt"], null, null, "10s", "3", null).Error); // --every needs a URL
        Assert.NotNull(DumpOptions.Validate(["http://127.0.0.1:1/"], null, null, "soon", null, null).Error);
        Assert.NotNull(DumpOptions.Validate(["http://127.0.0.1:1/"], null, null, "1s", "0", null).Error);
        var ok = DumpOptions.Validate(["http://127.0.0.1:1/"], null, null, null, "2", null).Options!;
        Assert.Equal(TimeSpan.FromSeconds(10), ok.Every);
        Assert.Equal(2, ok.Count);
    }

    [Fact]
    public void Exit_2_for_unreadable_input_keeps_the_groups_read_before()
    {
        var (code, output, err) = Run([Repo.TestData("two_dumps.txt"), "/no/such/file.txt"]);

        Assert.Equal(2, code);
        Assert.Contains("main.consume", output, StringComparison.Ordinal);
        Assert.Contains("/no/such/file.txt", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Stdin_is_read_for_dash()
    {
        var (code, output, _) = Run(["-"], stdin: "goroutine 3 [chan send (nil chan)]:\nmain.f()\n\t/a/main.go:3 +0x1\n");

        Assert.Equal(1, code);
        Assert.Contains("nothing can ever wake it", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_has_the_documented_fields_in_order()
    {
        var (_, output, _) = Run([Repo.TestData("two_dumps.txt")], format: "json");
        var root = JsonDocument.Parse(output).RootElement;

        Assert.Equal(["goroutines", "snapshots"], root.EnumerateObject().Take(2).Select(p => p.Name));
        Assert.Equal(3, root.GetProperty("goroutines").GetInt64());
        Assert.Equal(2, root.GetProperty("snapshots").GetInt32());
        var group = root.GetProperty("groups")[0];
        Assert.Equal(
            ["count", "state", "minutes", "function", "file", "line", "createdBy", "suspect", "reason", "delta"],
            group.EnumerateObject().Take(10).Select(p => p.Name));
        Assert.Equal("main.consume", group.GetProperty("function").GetString());
        Assert.Equal(12, group.GetProperty("createdBy").GetProperty("line").GetInt32());
        Assert.True(group.GetProperty("suspect").GetBoolean());
        Assert.Equal(1, group.GetProperty("delta").GetInt64());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("groups")[1].GetProperty("createdBy").ValueKind);
    }

    [Fact]
    public void Json_enum_names_are_camel_case()
    {
        var (_, output, _) = Run([Repo.TestData("debug1.txt")], format: "json");
        var waits = JsonDocument.Parse(output).RootElement.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("wait").GetString()).ToList();

        Assert.Contains("io", waits);
        Assert.Contains("unknown", waits);
    }

    [Fact]
    public void Output_is_deterministic()
    {
        string[] inputs = [Repo.TestData("headers_go121.txt"), Repo.TestData("debug1.txt"), Repo.TestData("sigquit_go123.txt")];

        Assert.Equal(Run(inputs, format: "json").Out, Run(inputs, format: "json").Out);
        Assert.Equal(Run(inputs).Out, Run(inputs).Out);
    }

    [Fact]
    public void Text_table_lists_groups_with_their_reasons()
    {
        var (_, output, _) = Run([Repo.TestData("headers_go126_leaked.txt")], level: "exact");

        Assert.StartsWith("3 goroutines, 2 groups (exact), 2 leak suspects", output, StringComparison.Ordinal);
        Assert.Contains("LEAKED", output, StringComparison.Ordinal);
        Assert.Contains("the Go runtime marked them leaked", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("10s", 10_000)]
    [InlineData("500ms", 500)]
    [InlineData("1m30s", 90_000)]
    [InlineData("1.5s", 1_500)]
    public void Durations(string text, int ms)
    {
        Assert.True(DurationText.TryParse(text, out var value));
        Assert.Equal(TimeSpan.FromMilliseconds(ms), value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("10")]
    [InlineData("s")]
    [InlineData("5d")]
    public void Bad_durations(string text) => Assert.False(DurationText.TryParse(text, out _));

    [Fact]
    public void Url_gets_debug_2_unless_it_has_a_query()
    {
        Assert.Equal("http://h:1/debug/pprof/goroutine?debug=2", SnapshotFetcher.WithDefaultQuery("http://h:1/debug/pprof/goroutine"));
        Assert.Equal("http://h:1/debug/pprof/goroutine?debug=0", SnapshotFetcher.WithDefaultQuery("http://h:1/debug/pprof/goroutine?debug=0"));
    }

    [Fact]
    public void Unreachable_url_is_an_input_error()
    {
        var (options, _) = DumpOptions.Validate(["http://127.0.0.1:1/debug/pprof/goroutine"], null, null, null, null, null);
        var report = DumpRunner.Collect(options!, () => Stream.Null, CancellationToken.None);

        Assert.True(report.HasErrors);
        Assert.Equal(GroupLevel.Lines, report.Level);
    }
}
