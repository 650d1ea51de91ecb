using Xunit;

namespace Strand.Analysis.Tests.Sync;

/// <summary>
/// A few leaky programs deadlock deterministically when run: Go's runtime reports that all
/// goroutines are asleep. Their fixed twins run to completion. This keeps the ground truth honest.
/// </summary>
public sealed class SyncCorpusRunsTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    [GoTheory]
    [InlineData("mutex/double_lock_via_callee.go")]
    [InlineData("mutex/lock_leak_panic.go")]
    [InlineData("rwmutex/lock_upgrade.go")]
    [InlineData("waitgroup/done_skipped_on_error.go")]
    [InlineData("cond/wait_no_signal.go")]
    [InlineData("cond/wait_through_locker.go")]
    [InlineData("cond/cond_literal.go")]
    [InlineData("cond/cond_value_literal.go")]
    [InlineData("mixed/request_reply_under_lock.go")]
    [InlineData("once/reentrant_do.go")]
    public void Leaky_program_deadlocks_and_its_twin_completes(string path)
    {
        var leaky = SyncCorpus.Get(path);
        var run = GoTool.Run(Path.GetDirectoryName(leaky.FullPath)!, Limit, "run", leaky.Name);
        Assert.False(run.TimedOut, $"{path} neither deadlocked nor finished");
        Assert.Contains("all goroutines are asleep - deadlock!", run.Output, StringComparison.Ordinal);

        var twin = SyncCorpus.Get(path.Replace(".go", "_fixed.go", StringComparison.Ordinal));
        var fixedRun = GoTool.Run(Path.GetDirectoryName(twin.FullPath)!, Limit, "run", twin.Name);
        Assert.True(fixedRun.ExitCode == 0, $"{twin} failed:\n{fixedRun.Output}");
    }
}
