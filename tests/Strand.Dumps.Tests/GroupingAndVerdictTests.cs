using Strand.Dumps.Diff;
using Strand.Dumps.Grouping;
using Strand.Dumps.Tests.Support;
using Strand.Dumps.Verdicts;

namespace Strand.Dumps.Tests;

public class GroupingAndVerdictTests
{
    private static string Goroutine(int id, string state, string function, int line, string offset = "0x25", string createdLine = "12") =>
        $"goroutine {id} [{state}]:\n{function}(0xc00001{id:x4}?)\n\t/app/main.go:{line} +{offset}\ncreated by main.main in goroutine 1\n\t/app/main.go:{createdLine} +0x48\n\n";

    [Fact]
    public void Levels_merge_offsets_then_lines()
    {
        string text = Goroutine(2, "chan send", "main.f", 20, "0x25") + Goroutine(3, "chan send", "main.f", 20, "0x2a") + Goroutine(4, "chan send", "main.f", 21, "0x30");
        var collector = Read.CollectText(text);

        Assert.Equal(3, Grouper.Group(collector.Snapshots, GroupLevel.Exact).Count);
        Assert.Equal(2, Grouper.Group(collector.Snapshots, GroupLevel.Lines).Count);
        var functions = Assert.Single(Grouper.Group(collector.Snapshots, GroupLevel.Functions));
        Assert.Equal(3, functions.LastCount);
        Assert.Equal(3, functions.StackCount);
    }

    [Fact]
    public void Exact_level_separates_labels_and_other_levels_merge_them()
    {
        const string text = "goroutine 2 [select] {a: 1}:\nmain.f()\n\t/app/main.go:5 +0x1\n\ngoroutine 3 [select] {a: 2}:\nmain.f()\n\t/app/main.go:5 +0x1\n";
        var collector = Read.CollectText(text);

        Assert.Equal(2, Grouper.Group(collector.Snapshots, GroupLevel.Exact).Count);
        var merged = Assert.Single(Grouper.Group(collector.Snapshots, GroupLevel.Lines));
        Assert.Equal(["a=1", "a=2"], merged.Labels.ToArray());
    }

    [Fact]
    public void Growth_in_every_interval_is_the_strongest_evidence()
    {
        string Snap(int steady, int growing) =>
            string.Concat(Enumerable.Range(0, steady).Select(i => Goroutine(100 + i, "chan receive", "main.pool", 30)))
            + string.Concat(Enumerable.Range(0, growing).Select(i => Goroutine(200 + i, "chan send", "main.leak", 40, createdLine: "13")))
            + string.Concat(Enumerable.Range(0, growing).Select(i => Goroutine(300 + i, "IO wait", "main.conn", 50, createdLine: "14")));
        var report = DumpAnalysis.Analyze(Read.CollectText(Snap(5, 1), Snap(5, 3), Snap(5, 6)));

        var leak = report.Groups[0];
        Assert.Equal("main.leak", leak.Blocking?.Function);
        Assert.Equal([1L, 3L, 6L], leak.Group.Counts);
        Assert.Equal([2L, 3L], leak.Growth.Intervals.ToArray());
        Assert.Equal(Evidence.GrewEveryInterval, leak.Verdict.Evidence);
        Assert.Contains("+2, +3", leak.Verdict.Reason, StringComparison.Ordinal);
        var pool = Assert.Single(report.Groups, g => g.Blocking?.Function == "main.pool");
        Assert.False(pool.Verdict.Suspect); // many alike, but steady across snapshots
        var io = Assert.Single(report.Groups, g => g.Blocking?.Function == "main.conn");
        Assert.False(io.Verdict.Suspect); // IO is never a suspect, even growing...
        Assert.Contains("grew in every interval", io.Verdict.Reason, StringComparison.Ordinal); // ...but the growth is said
    }

    [Fact]
    public void Growth_of()
    {
        Assert.Equal(new long[] { 2, -1 }, Growth.Of([1, 3, 2]).Intervals);
        Assert.False(Growth.Of([1, 3, 2]).EveryInterval);
        Assert.Equal(1, Growth.Of([1, 3, 2]).Delta);
        Assert.False(Growth.Of([7]).EveryInterval);
        Assert.Empty(Growth.Of([7]).Intervals);
    }

    [Theory]
    [InlineData("chan send", 3, 0, true, "many alike")]
    [InlineData("chan send", 1, 0, false, "fewer than 3 and waiting under 5 minutes")]
    [InlineData("chan receive", 1, 9, true, "blocked for long")]
    [InlineData("chan receive (nil chan)", 1, 0, true, "nothing can ever wake it")]
    [InlineData("select (no cases)", 1, 0, true, "nothing can ever wake it")]
    [InlineData("sync.Mutex.Lock", 4, 0, true, "mutex")]
    [InlineData("sync.WaitGroup.Wait", 4, 0, true, "WaitGroup")]
    [InlineData("sync.Cond.Wait", 4, 0, true, "Cond")]
    [InlineData("IO wait", 50, 90, false, "IO")]
    [InlineData("sleep", 50, 90, false, "sleeping")]
    [InlineData("syscall", 5, 9, false, "system call")]
    [InlineData("GC worker (idle)", 5, 9, false, "runtime")]
    [InlineData("chan receive (leaked)", 1, 0, true, "leaked")]
    [InlineData("chan receive (durable)", 5, 9, false, "synctest")]
    public void Verdict_rules_single_snapshot(string state, int count, int minutes, bool suspect, string reason)
    {
        string wait = minutes > 0 ? $", {minutes} minutes" : "";
        string text = string.Concat(Enumerable.Range(0, count).Select(i => Goroutine(10 + i, state + wait, "example.com/app.work", 7)));
        var group = Assert.Single(DumpAnalysis.Analyze(Read.CollectText(text)).Groups);

        Assert.Equal(suspect, group.Verdict.Suspect);
        Assert.Contains(reason, group.Verdict.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_wait_entirely_inside_the_standard_library_is_not_a_suspect()
    {
        const string text = "goroutine 5 [select, 30 minutes]:\nnet/http.(*persistConn).writeLoop(0xc000)\n\t/go/src/net/http/transport.go:2410 +0xf2\ncreated by net/http.(*Transport).dialConn in goroutine 4\n\t/go/src/net/http/transport.go:1777 +0x16f1\n";
        var group = Assert.Single(DumpAnalysis.Analyze(Read.CollectText(text)).Groups);

        Assert.False(group.Verdict.Suspect);
        Assert.False(group.InUserCode);
        Assert.Contains("standard library", group.Verdict.Reason, StringComparison.Ordinal);
        Assert.Equal("net/http.(*persistConn).writeLoop", group.Blocking?.Function);
    }

    [Fact]
    public void The_blocking_frame_is_the_first_in_the_program_code()
    {
        var sink = Read.Records(Repo.TestData("crlf_indented.txt"));
        var stack = sink.Id(4).Stack;

        Assert.Equal("main.update", BlockingFrame.InUserCode(stack)?.Function);
        Assert.Equal(WaitKind.Mutex, WaitClassifier.Classify(stack).Kind);
    }

    [Theory]
    [InlineData("main.main", false)]
    [InlineData("main.(*T).run.func1", false)]
    [InlineData("github.com/a/b.(*C).D", false)]
    [InlineData("golang.org/x/sync/errgroup.(*Group).Wait", false)]
    [InlineData("net/http.(*conn).serve", true)]
    [InlineData("runtime.gopark", true)]
    [InlineData("internal/poll.runtime_pollWait", true)]
    [InlineData("vendor/golang.org/x/net/http2.(*Framer).ReadFrame", true)]
    public void Standard_library_is_told_from_program_code(string function, bool standard) =>
        Assert.Equal(standard, Records.FunctionNames.IsStandard(function));

    [Fact]
    public void Memory_estimate_is_at_least_the_minimum_stack_per_goroutine()
    {
        Assert.Equal(10 * (2048 + 400), MemoryEstimate.Of(10, 0));
        Assert.Equal(8192 + 400, MemoryEstimate.PerGoroutine(5000));
    }

    [Fact]
    public void Ranking_is_deterministic()
    {
        var a = DumpAnalysis.Analyze(Read.Collect(Repo.TestData("headers_go121.txt"), Repo.TestData("two_dumps.txt")));
        var b = DumpAnalysis.Analyze(Read.Collect(Repo.TestData("headers_go121.txt"), Repo.TestData("two_dumps.txt")));

        Assert.Equal(a.Groups.Select(g => g.Group.Key), b.Groups.Select(g => g.Group.Key));
    }
}
