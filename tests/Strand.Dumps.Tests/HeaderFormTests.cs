using Strand.Dumps.Records;
using Strand.Dumps.Tests.Support;

namespace Strand.Dumps.Tests;

/// <summary>Every goroutine header and frame form printed from Go 1.14 to 1.27.</summary>
public class HeaderFormTests
{
    [Fact]
    public void Go121_minutes_locked_created_in_goroutine_unknown_args_and_inlined_frames()
    {
        var sink = Read.Records(Repo.TestData("headers_go121.txt"));

        Assert.Empty(sink.Diagnostics);
        Assert.Equal(4, sink.Goroutines.Count);
        var g7 = sink.Id(7);
        Assert.Equal("chan send", g7.State);
        Assert.Equal(12, g7.WaitMinutes);
        Assert.Equal(1, g7.ParentId);
        Assert.Equal("example.com/app/worker.Start", g7.Stack.CreatedBy?.Function);
        Assert.Equal("/app/worker/start.go", g7.Stack.CreatedBy?.File);
        Assert.Equal(30, g7.Stack.CreatedBy?.Line);
        var top = g7.Stack.Frames[0];
        Assert.Equal("example.com/app/worker.(*Pool).emit", top.Function);
        Assert.Equal("/app/worker/pool.go", top.File);
        Assert.Equal(88, top.Line);
        Assert.Equal(0x4c, top.Offset);
        Assert.Equal("0xc000012345?, {0x5a0e40?, 0xc0000a0000?}", top.Args);
        var inlined = g7.Stack.Frames[1];
        Assert.True(inlined.Inlined);
        Assert.Equal(-1, inlined.Offset);
        Assert.Equal(12, inlined.Line);
        Assert.Same(g7.Stack, sink.Id(8).Stack); // same stack, different args, wait and id: interned once
        Assert.Equal(3, sink.Id(8).WaitMinutes);
        var g9 = sink.Id(9);
        Assert.Equal("chan receive", g9.State);
        Assert.True(g9.Flags.HasFlag(GoroutineFlags.LockedToThread));
    }

    [Fact]
    public void Go114_created_by_without_goroutine_and_additional_frames_elided()
    {
        var sink = Read.Records(Repo.TestData("headers_go114.txt"));

        var g = sink.Id(3);
        Assert.Equal(-1, g.ParentId);
        Assert.Equal("github.com/acme/svc.Listen", g.Stack.CreatedBy?.Function);
        Assert.True(g.Stack.Elided);
        Assert.Equal(2, g.Stack.Frames.Length);
        Assert.Equal(2, g.WaitMinutes);
        Assert.Same(g.Stack, sink.Id(4).Stack);
    }

    [Fact]
    public void Go125_durable_synctest_bubble_scan_and_counted_elision()
    {
        var sink = Read.Records(Repo.TestData("headers_go125.txt"));

        var durable = sink.Id(21);
        Assert.Equal("chan receive", durable.State);
        Assert.True(durable.Flags.HasFlag(GoroutineFlags.Durable));
        Assert.Equal(4, durable.SyncTestBubble);
        var scan = sink.Id(22);
        Assert.Equal("running", scan.State);
        Assert.True(scan.Flags.HasFlag(GoroutineFlags.Scan));
        Assert.True(scan.Stack.Elided);
        Assert.Equal(4, scan.Stack.Frames.Length);
        Assert.Equal("main.main", scan.Stack.Frames[^1].Function);
    }

    [Fact]
    public void Go126_leaked_goroutines_are_certain_suspects()
    {
        var report = Read.Report(Repo.TestData("headers_go126_leaked.txt"));

        Assert.Equal(2, report.Groups.Count);
        Assert.All(report.Groups, g => Assert.True(g.Verdict.Suspect));
        Assert.All(report.Groups, g => Assert.Equal(Verdicts.Evidence.Certain, g.Verdict.Evidence));
        Assert.Equal("example.com/app.fetch.func1", report.Groups[0].Blocking?.Function); // 2 goroutines rank before 1
        var wg = report.Groups[1];
        Assert.Equal("sync.WaitGroup.Wait", wg.Stack.State);
        Assert.Equal(4, wg.Group.MaxMinutes);
        Assert.Equal("example.com/app.drain", wg.Blocking?.Function);
    }

    [Fact]
    public void Go127_labels_after_the_bracket_are_normalised()
    {
        var sink = Read.Records(Repo.TestData("headers_go127_labels.txt"));

        Assert.Equal("job=ingest, tenant=a b", sink.Id(1).Labels);
        Assert.Equal("job=ingest, tenant=t1", sink.Id(5).Labels);
        Assert.Equal("select", sink.Id(5).State);
    }

    [Fact]
    public void Go123_sigquit_headers_with_gp_m_mp_frame_registers_and_register_dump()
    {
        var sink = Read.Records(Repo.TestData("sigquit_go123.txt"));

        Assert.Empty(sink.Diagnostics);
        Assert.Equal([0L, 1L, 2L], sink.Goroutines.Select(g => g.Id));
        var main = sink.Id(1);
        Assert.Equal("chan receive", main.State);
        Assert.Equal(7, main.WaitMinutes);
        Assert.Equal("/usr/local/go/src/runtime/proc.go", main.Stack.Frames[0].File); // fp/sp/pc cut off
        Assert.Equal(0xce, main.Stack.Frames[0].Offset);
        Assert.Equal(0xc000071fe8 - 0xc000071ea0, main.StackBytes);
        Assert.Equal("runtime.init.7", sink.Id(2).Stack.CreatedBy?.Function);
    }

    [Fact]
    public void Tracebackancestors_blocks_belong_to_their_goroutine()
    {
        var sink = Read.Records(Repo.TestData("ancestors.txt"));

        Assert.Equal(2, sink.Goroutines.Count);
        var g = sink.Id(24);
        Assert.Single(g.Stack.Frames);
        Assert.Equal([21L, 1L], g.Stack.Ancestors.Select(a => a.GoroutineId));
        Assert.Equal("main.main", g.Stack.Ancestors[1].Frames[0].Function);
        Assert.Equal(16, sink.Id(30).Stack.Ancestors[0].Frames[0].Line);
    }

    [Theory]
    [InlineData("goroutine 5 [select, 61 minutes, locked to thread]:", 5, "select", 61)]
    [InlineData("goroutine 123456789 [IO wait]:", 123456789, "IO wait", 0)]
    [InlineData("goroutine 8 gp=0xc000007dc0 m=nil [sync.Mutex.Lock, 2 minutes]:", 8, "sync.Mutex.Lock", 2)]
    [InlineData("goroutine 9 gp=0xc000007dc0 m=3 mp=0xc000100008 [running]:", 9, "running", 0)]
    [InlineData("goroutine 10 [chan receive (nil chan)]:", 10, "chan receive (nil chan)", 0)]
    [InlineData("goroutine 11 [select (no cases), 1 minutes]:", 11, "select (no cases)", 1)]
    [InlineData("goroutine 12 [sync.WaitGroup.Wait (leaked), 3 minutes, synctest bubble 2]:", 12, "sync.WaitGroup.Wait", 3)]
    [InlineData("goroutine 13 [chan send (synctest)]:", 13, "chan send", 0)]
    public void Header_forms(string header, long id, string state, int minutes)
    {
        var sink = Read.RecordsOfText(header + "\nmain.f()\n\t/a/b.go:3 +0x1\n");

        var g = Assert.Single(sink.Goroutines);
        Assert.Equal(id, g.Id);
        Assert.Equal(state, g.State);
        Assert.Equal(minutes, g.WaitMinutes);
    }
}
