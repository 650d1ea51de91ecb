using Strand.Analysis.Findings;

namespace Strand.Analysis.Checks.Docs;

internal static class AfterInLoopDoc
{
    public static CheckDescriptor Descriptor { get; } = new(
        CheckIds.AfterInLoop,
        "time.After in a loop allocates a timer per iteration",
        Severity.Warning,
        """
        Finds time.After called inside a loop (typically as a select case). Each call makes a timer that
        is not released until it fires; before Go 1.23 a busy loop with a long timeout piles them up.
        Why it matters: memory grows with the loop's speed times the timeout.
        How to fix: create one time.NewTimer before the loop and Reset it each iteration, or use a context
        with a deadline.
        Not reported: a test's hang guard (in a _test.go file, the timer's case fails a *testing.T), where
        each timer lives at most its timeout in a short-lived test binary. Benchmarks are still reported.
        """,
        """
        for {
        	select {
        	case m := <-msgs:
        		handle(m)
        	case <-time.After(time.Minute): // one timer per message
        		return
        	}
        }
        """,
        """
        t := time.NewTimer(time.Minute)
        defer t.Stop()
        for {
        	select {
        	case m := <-msgs:
        		handle(m)
        		t.Reset(time.Minute)
        	case <-t.C:
        		return
        	}
        }
        """,
        "0.1.0");
}
