using System.Diagnostics;
using System.Text.Json;
using Strand.Cli.Dump;
using Strand.Dumps.Tests.Support;
using Strand.Reports.Dumps;

namespace Strand.Dumps.Tests;

/// <summary>
/// Builds testdata/leaky-server with go, runs it (it serves net/http/pprof on 127.0.0.1 and
/// stops by itself), takes a series of snapshots the way <c>strand dump --every 1s --count 4
/// --format json URL</c> does, and checks that the leak shapes rank first and grow while the
/// benign goroutines are not suspects.
/// </summary>
public class LiveServerTests
{
    private static readonly string[] LeakShapes =
    [
        "main.blockedSend", "main.blockedReceive", "main.nilChannel", "main.mutexHeldForever",
        "main.waitGroupNeverDone", "main.selectWithoutTimeout",
    ];

    private static readonly string[] Benign = ["main.tickerLoop", "main.watchContext", "main.acceptLoop", "main.idleReader", "main.main"];

    [GoFact]
    public void Every_snapshot_series_ranks_the_leaks_first_with_growth_and_no_benign_suspect()
    {
        string source = Repo.TestData("leaky-server");
        string binary = Path.Combine(Path.GetTempPath(), $"strand-leaky-server-{Environment.ProcessId}");
        Build(source, binary);
        using var server = Process.Start(new ProcessStartInfo(binary, ["-for", "45s"]) { RedirectStandardOutput = true, UseShellExecute = false })!;
        try
        {
            var urlLine = server.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30)).GetAwaiter().GetResult();
            Assert.NotNull(urlLine);
            var (options, error) = DumpOptions.Validate([urlLine], "json", source, "1s", "4", null);
            Assert.Null(error);

            var report = DumpRunner.Collect(options!, () => Stream.Null, CancellationToken.None);
            var json = JsonDocument.Parse(DumpJsonRenderer.Render(report)).RootElement;

            Assert.Empty(report.Diagnostics);
            Assert.Equal(4, json.GetProperty("snapshots").GetInt32());
            var groups = json.GetProperty("groups").EnumerateArray().ToList();
            var top = groups.Take(LeakShapes.Length).ToList();
            Assert.Equal(LeakShapes.Order(StringComparer.Ordinal), top.Select(g => g.GetProperty("function").GetString()!).Order(StringComparer.Ordinal));
            foreach (var g in top)
            {
                Assert.True(g.GetProperty("suspect").GetBoolean());
                Assert.True(g.GetProperty("delta").GetInt64() > 0);
                // One goroutine of each shape leaks every 100 ms: growth in every 1 s interval is
                // expected, but a starved machine may skip a tick, so "grew" is accepted too (the nil
                // channel shape ranks by its own, stronger, evidence: "forever").
                Assert.Contains(g.GetProperty("evidence").GetString(), new[] { "forever", "grewEveryInterval", "grew" });
            }
            Assert.All(groups.Skip(LeakShapes.Length), g => Assert.False(g.GetProperty("suspect").GetBoolean(), g.GetProperty("reason").GetString()));
            foreach (var name in Benign)
            {
                var g = Assert.Single(groups, x => x.GetProperty("function").GetString() == name);
                Assert.False(g.GetProperty("suspect").GetBoolean());
            }
            var ticker = Assert.Single(groups, x => x.GetProperty("function").GetString() == "main.tickerLoop");
            Assert.Contains("timer case", ticker.GetProperty("reason").GetString(), StringComparison.Ordinal);
            Assert.Equal("select {", SourceOf(groups, "main.selectWithoutTimeout"));
        }
        finally
        {
            if (!server.HasExited)
            {
                server.Kill();
            }
            server.WaitForExit(10_000);
            File.Delete(binary);
        }
    }

    private static string SourceOf(List<JsonElement> groups, string function) =>
        Assert.Single(groups, x => x.GetProperty("function").GetString() == function).GetProperty("source").GetString()!;

    private static void Build(string source, string output)
    {
        var start = new ProcessStartInfo(GoTool.Path!, ["build", "-o", output, "."])
        {
            WorkingDirectory = source,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.Environment["GOFLAGS"] = "-mod=mod";
        start.Environment["GO111MODULE"] = "on";
        if (Environment.GetEnvironmentVariable("GOCACHE") is null && Environment.GetEnvironmentVariable("HOME") is null)
        {
            start.Environment["GOCACHE"] = Path.Combine(Path.GetTempPath(), "strand-go-cache");
        }
        using var go = Process.Start(start)!;
        string errors = go.StandardError.ReadToEnd();
        go.WaitForExit();
        Assert.True(go.ExitCode == 0, "go build failed: " + errors);
    }
}
