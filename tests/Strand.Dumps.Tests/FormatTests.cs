using Strand.Dumps.Records;
using Strand.Dumps.Tests.Support;
using Strand.Dumps.Verdicts;

namespace Strand.Dumps.Tests;

/// <summary>Dumps inside other output, counted text forms, goleak text and binary profiles.</summary>
public class FormatTests
{
    private static readonly (string, string, int)[] LeakSendStack =
    [
        ("runtime.gopark", "/usr/local/go/src/runtime/proc.go", 424),
        ("runtime.chansend", "/usr/local/go/src/runtime/chan.go", 259),
        ("runtime.chansend1", "/usr/local/go/src/runtime/chan.go", 145),
        ("main.leakSend", "/srv/app/main.go", 14),
        ("runtime.goexit", "/usr/local/go/src/runtime/asm_amd64.s", 1700),
    ];

    [Fact]
    public void Log_prefix_with_changing_timestamps_is_stripped()
    {
        var sink = Read.Records(Repo.TestData("log_prefixed.txt"));

        Assert.Empty(sink.Diagnostics);
        Assert.Equal([1L, 6L, 7L], sink.Goroutines.Select(g => g.Id));
        Assert.Same(sink.Id(6).Stack, sink.Id(7).Stack);
        Assert.Equal("/app/main.go", sink.Id(6).Stack.Frames[0].File);
        Assert.Equal(5, sink.Id(7).WaitMinutes);
    }

    [Fact]
    public void CRLF_and_space_indentation()
    {
        var sink = Read.Records(Repo.TestData("crlf_indented.txt"));

        Assert.Equal(2, sink.Goroutines.Count);
        var g = sink.Id(4);
        Assert.Equal("sync.Mutex.Lock", g.State);
        Assert.Equal(4, g.Stack.Frames.Length);
        Assert.Equal("/app/main.go", g.Stack.Frames[3].File);
        Assert.Equal(31, g.Stack.Frames[3].Line);
    }

    [Fact]
    public void Several_dumps_in_one_file_are_snapshots_in_order()
    {
        var collector = Read.Collect(Repo.TestData("two_dumps.txt"));

        Assert.Equal([2L, 3L], collector.Snapshots.Select(s => s.Goroutines));
        var report = DumpAnalysis.Analyze(collector);
        var consume = Assert.Single(report.Groups, g => g.Blocking?.Function == "main.consume");
        Assert.Equal([1L, 2L], consume.Group.Counts);
        Assert.Equal(1, consume.Growth.Delta);
        Assert.True(consume.Growth.EveryInterval);
        Assert.True(consume.Verdict.Suspect);
        Assert.Same(consume, report.Groups[0]);
    }

    [Fact]
    public void Goleak_failure_text_inside_test_output()
    {
        var sink = Read.Records(Repo.TestData("goleak_failure.txt"));

        Assert.Empty(sink.Diagnostics);
        Assert.Equal([52L, 53L], sink.Goroutines.Select(g => g.Id));
        Assert.Equal("select", sink.Id(52).State);
        Assert.Equal("example.com/app.(*T).run", sink.Id(52).Stack.Frames[0].Function);
        Assert.Equal(18, sink.Id(53).ParentId);
        Assert.Equal("chan receive", sink.Id(53).State);
    }

    [Fact]
    public void Goleak_lines_without_the_runtime_header()
    {
        const string text = "found unexpected goroutines:\n[Goroutine 7 in state chan send, 3 minutes, with main.f on top of the stack:\nmain.f()\n\t/a/main.go:9 +0x1d\ncreated by main.main in goroutine 1\n\t/a/main.go:4 +0x2\n]\n";
        var sink = Read.RecordsOfText(text);

        var g = Assert.Single(sink.Goroutines);
        Assert.Equal(7, g.Id);
        Assert.Equal("chan send", g.State);
        Assert.Equal(3, g.WaitMinutes);
    }

    [Fact]
    public void Debug1_counted_stacks_with_labels()
    {
        var sink = Read.Records(Repo.TestData("debug1.txt"));

        Assert.Equal(7, sink.Total);
        Assert.Equal([4L, 2L, 1L], sink.Goroutines.Select(g => g.Count));
        Assert.Equal("job=ingest, tenant=t1", sink.Goroutines[1].Labels);
        var serve = sink.Goroutines[2].Stack;
        Assert.Equal(["internal/poll.runtime_pollWait", "internal/poll.(*pollDesc).wait", "main.serve"], serve.Frames.Select(f => f.Function));
        Assert.Equal(0x21, serve.Frames[2].Offset);
        Assert.Equal(56, serve.Frames[2].Line);
        Assert.Equal(WaitKind.IO, WaitClassifier.Classify(serve).Kind);
    }

    [Fact]
    public void Goroutineleak_profile_in_debug1_form_marks_every_goroutine_leaked()
    {
        var report = Read.Report(Repo.TestData("goroutineleak_debug1.txt"));

        var g = Assert.Single(report.Groups);
        Assert.Equal(3, g.Group.LastCount);
        Assert.True(g.Group.Flags.HasFlag(GoroutineFlags.Leaked));
        Assert.Equal(Evidence.Certain, g.Verdict.Evidence);
    }

    [Fact]
    public void Goroutineleak_profile_in_binary_form_gzip_and_raw()
    {
        var writer = new ProfileWriter("goroutineleak").Sample(3, LeakSendStack);
        foreach (var bytes in new[] { writer.Raw(), writer.Gzip() })
        {
            var collector = new Grouping.SnapshotCollector();
            collector.Read(new MemoryStream(bytes), "<leak.pb>");
            var report = DumpAnalysis.Analyze(collector);

            var g = Assert.Single(report.Groups);
            Assert.Equal(3, g.Group.LastCount);
            Assert.Equal(Evidence.Certain, g.Verdict.Evidence);
            Assert.Equal("main.leakSend", g.Blocking?.Function);
        }
    }

    [Fact]
    public void Goroutine_profile_in_binary_form_with_labels_and_inferred_waits()
    {
        var bytes = new ProfileWriter()
            .Sample(4, LeakSendStack)
            .Sample(2, [("runtime.gopark", "/r/proc.go", 1), ("runtime.selectgo", "/r/select.go", 2), ("main.loop", "/srv/app/main.go", 30)], ("tenant", "t1"), ("job", "ingest"))
            .Gzip();
        var sink = Read.RecordsOfBytes(bytes);

        Assert.Empty(sink.Diagnostics);
        Assert.Equal(6, sink.Total);
        Assert.Equal("job=ingest, tenant=t1", sink.Goroutines[1].Labels);
        Assert.Equal(WaitKind.ChanSend, WaitClassifier.Classify(sink.Goroutines[0].Stack).Kind);
        Assert.Equal(WaitKind.Select, WaitClassifier.Classify(sink.Goroutines[1].Stack).Kind);
        Assert.Equal(-1, sink.Goroutines[0].Id);
    }

    [Fact]
    public void Stacks_are_interned_across_snapshots_and_files()
    {
        var collector = Read.Collect(Repo.TestData("headers_go121.txt"), Repo.TestData("headers_go121.txt"));

        Assert.Equal(2, collector.Snapshots.Count);
        Assert.Equal(3, collector.Stacks.Count);
    }
}
