using Strand.Dumps.Records;
using Strand.Dumps.Tests.Support;

namespace Strand.Dumps.Tests;

/// <summary>Every real sample in ../shared/dumps reads to the number of goroutines it holds.</summary>
public class SampleCountTests
{
    // Counts made by hand: `grep -c '^goroutine [0-9]'` for the stack dumps, the "total" line for
    // debug=1, and the same program's total for its binary profile.
    [SamplesTheory]
    [InlineData("go1.19_SIGQUIT_GOTRACEBACK_system.txt", 27)]
    [InlineData("go1.19_goroutine_debug1.txt", 22)]
    [InlineData("go1.19_goroutine_debug2.txt", 22)]
    [InlineData("go1.19_goroutine_debug2_tracebackancestors.txt", 22)]
    [InlineData("go1.19_runtime_Stack_all.txt", 22)]
    [InlineData("go1.19_goroutine_debug0.pb.gz", 22)]
    [InlineData("goleak_http.txt", 5)]
    [InlineData("goleak_http.go1.20.txt", 5)]
    [InlineData("goleak_http.tracebackancestors.txt", 5)]
    [InlineData("panicparse_panicweb_debug2_go1.14ish.txt", 71)]
    public void Sample_parses_to_its_goroutine_count(string file, int expected)
    {
        var sink = Read.Records(Path.Combine(Repo.SharedDumps, file));

        Assert.Empty(sink.Diagnostics);
        Assert.Equal(expected, sink.Total);
        Assert.All(sink.Goroutines, g => Assert.NotEmpty(g.Stack.Frames));
    }

    [SamplesFact]
    public void Race_report_is_rejected_with_a_clear_message()
    {
        var sink = Read.Records(Path.Combine(Repo.SharedDumps, "panicparse_race_output.txt"));

        Assert.Equal(0, sink.Total);
        var error = Assert.Single(sink.Diagnostics);
        Assert.Equal(DiagnosticLevel.Error, error.Level);
        Assert.Contains("race detector report", error.Message, StringComparison.Ordinal);
    }

    [SamplesFact]
    public void Binary_profile_keeps_labels_and_counts()
    {
        var report = Read.Report(Path.Combine(Repo.SharedDumps, "go1.19_goroutine_debug0.pb.gz"));

        var labelled = Assert.Single(report.Groups, g => g.Group.Labels.Length > 0);
        Assert.Equal("job=ingest, tenant=t1", Assert.Single(labelled.Group.Labels));
        Assert.Equal("main.leakRecv", labelled.Blocking?.Function);
        var send = Assert.Single(report.Groups, g => g.Blocking?.Function == "main.leakSend");
        Assert.Equal(5, send.Group.LastCount);
        Assert.Equal(Verdicts.WaitKind.ChanSend, send.Wait.Kind); // inferred from runtime.chansend frames
        Assert.True(send.Verdict.Suspect);
    }

    [SamplesFact]
    public void Debug2_sample_flags_the_generator_leaks_and_not_the_benign_goroutines()
    {
        var report = Read.Report(Path.Combine(Repo.SharedDumps, "go1.19_goroutine_debug2.txt"));

        string[] suspects = [.. report.Groups.Where(g => g.Verdict.Suspect).Select(g => g.Blocking!.Function).Order(StringComparer.Ordinal)];
        Assert.Equal(["main.leakNilRecv", "main.leakNilSend", "main.leakRecv", "main.leakSelectNoCases", "main.leakSend"], suspects);
        Assert.DoesNotContain(report.Groups, g => g.Verdict.Suspect && g.Blocking?.Function is "main.sleeper" or "main.main.func1" or "main.main");
        var accept = Assert.Single(report.Groups, g => g.Blocking?.Function == "main.main.func1");
        Assert.Equal(Verdicts.WaitKind.Accept, accept.Wait.Kind);
        var wg = Assert.Single(report.Groups, g => g.Blocking?.Function == "main.leakWG");
        Assert.Equal(Verdicts.WaitKind.WaitGroup, wg.Wait.Kind); // "semacquire" refined by its frames
    }

    [SamplesFact]
    public void Panicparse_sample_separates_handlers_blocked_for_minutes_from_net_http_internals()
    {
        var report = Read.Report(Path.Combine(Repo.SharedDumps, "panicparse_panicweb_debug2_go1.14ish.txt"));

        Assert.All(report.Groups.Where(g => !g.InUserCode), g => Assert.False(g.Verdict.Suspect));
        var top = report.Groups[0];
        Assert.True(top.Verdict.Suspect);
        Assert.True(top.InUserCode);
        Assert.Equal(2, top.Group.MaxMinutes);
        Assert.Contains(report.Groups, g => (g.Group.Flags & GoroutineFlags.LockedToThread) != 0);
    }

    [SamplesFact]
    public void SIGQUIT_dump_reads_runtime_goroutines_frame_registers_and_ignores_the_register_dump()
    {
        var sink = Read.Records(Path.Combine(Repo.SharedDumps, "go1.19_SIGQUIT_GOTRACEBACK_system.txt"));

        var idle = sink.Id(0);
        Assert.Equal("idle", idle.State);
        Assert.Equal("runtime.futex", idle.Stack.Frames[0].Function);
        Assert.True(sink.Goroutines.Where(g => g.Id > 0).All(g => g.StackBytes > 0));
        Assert.Equal(1, sink.Snapshots);
    }

    [SamplesFact]
    public void Ancestors_are_read_from_the_tracebackancestors_sample()
    {
        var sink = Read.Records(Path.Combine(Repo.SharedDumps, "goleak_http.tracebackancestors.txt"));

        var g = sink.Id(24);
        Assert.Equal(2, g.Stack.Ancestors.Length);
        Assert.Equal(21, g.Stack.Ancestors[0].GoroutineId);
        Assert.Equal("net/http.(*Transport).dialConn", g.Stack.Ancestors[0].Frames[0].Function);
        Assert.Equal("net/http.(*Transport).queueForDial", g.Stack.Ancestors[0].CreatedBy?.Function);
        Assert.Equal(21, g.ParentId);
    }
}
