using System.Text.Json;
using System.Text.RegularExpressions;
using Strand.Cli.Dump;
using Strand.Dumps.Tests.Support;

namespace Strand.Dumps.Tests;

/// <summary>
/// Builds testdata/leaky-locks with go and runs it: it leaks goroutines on a lock-order pair, a
/// send under a lock, a WaitGroup and a Once, then writes its goroutine profile (debug=2 and
/// debug=1) while main is still alive. <c>strand dump --source</c> over each profile must
/// classify every leaked group by its sync wait, block it at the program line that called into
/// sync, and link it to the static finding on that line (the line's <c>// leak: CHECK</c> mark).
/// </summary>
public sealed partial class LiveSyncDumpTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"strand-leaky-locks-{Guid.NewGuid():N}");

    public LiveSyncDumpTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [GoFact]
    public void Goroutines_blocked_on_sync_objects_link_to_the_finding_on_their_line()
    {
        string source = Repo.TestData("leaky-locks");
        string binary = Path.Combine(_dir, "leaky-locks");
        GoProgram.Build(source, binary);
        GoProgram.RunToEnd(binary, "-out", Path.Combine(_dir, "goroutines"));
        var marks = Marks(Path.Combine(source, "main.go"));
        Assert.Equal(7, marks.Count);

        foreach (int debug in new[] { 2, 1 })
        {
            var groups = DumpGroups(Path.Combine(_dir, $"goroutines.debug{debug}.txt"), source);
            foreach (var (line, check) in marks)
            {
                var group = Assert.Single(groups, g => g.GetProperty("file").GetString()!.EndsWith("/main.go", StringComparison.Ordinal) && g.GetProperty("line").GetInt32() == line);
                string what = $"debug={debug} main.go:{line}";
                Assert.True(group.GetProperty("inUserCode").GetBoolean(), what);
                var first = group.GetProperty("findings").EnumerateArray().First();
                Assert.Equal(("sameLine", check, line), (first.GetProperty("link").GetString(), first.GetProperty("check").GetString(), first.GetProperty("line").GetInt32()));
                Assert.Equal(ExpectedWait(group.GetProperty("source").GetString()!, debug), group.GetProperty("wait").GetString());
            }
        }
    }

    // The wait each marked line shows. A debug=1 profile hides the runtime's channel frames, so
    // a channel wait there is unnamed; the sync frames stay, so sync waits keep their kind.
    private static string ExpectedWait(string sourceLine, int debug) => sourceLine.Trim() switch
    {
        var s when s.StartsWith("s.once.Do(", StringComparison.Ordinal) => "once",
        var s when s.StartsWith("wg.Wait()", StringComparison.Ordinal) => "waitGroup",
        var s when s.Contains(".Lock()", StringComparison.Ordinal) => "mutex",
        var s when s.Contains("<-", StringComparison.Ordinal) => debug == 2 ? (s.StartsWith("<-", StringComparison.Ordinal) ? "chanReceive" : "chanSend") : "unknown",
        var s => throw new InvalidOperationException("unexpected marked line: " + s),
    };

    private List<JsonElement> DumpGroups(string profile, string source)
    {
        var (options, error) = DumpOptions.Validate([profile], "json", source, null, null, null);
        Assert.Null(error);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        DumpRunner.Run(options!, () => Stream.Null, stdout, stderr);
        Assert.Equal("", stderr.ToString());
        return [.. JsonDocument.Parse(stdout.ToString()).RootElement.GetProperty("groups").EnumerateArray().Select(g => g.Clone())];
    }

    private static List<(int Line, string Check)> Marks(string path) =>
        [.. File.ReadAllLines(path).Select((text, i) => (Line: i + 1, Match: Mark().Match(text))).Where(m => m.Match.Success).Select(m => (m.Line, m.Match.Groups[1].Value))];

    [GeneratedRegex(@"// leak: ([a-z-]+)$")]
    private static partial Regex Mark();
}
