using Strand.Analysis.Findings;

namespace Strand.Analysis.Checks.Docs;

internal static class CondWaitLeakDoc
{
    public static CheckDescriptor Descriptor { get; } = new(
        CheckIds.CondWaitLeak,
        "sync.Cond.Wait with no Signal or Broadcast left to wake it",
        Severity.Error,
        """
        Finds a Cond.Wait that no Signal or Broadcast can wake any more: the condition changes without a
        signal, the signaller returns on an error first, one Signal for several waiters, a consumer
        waiting after the producers are gone; and lost wake-ups, where the signal happened before the
        Wait and the Wait is not inside a loop re-checking the condition.
        How to fix: wait in a loop `for !cond { c.Wait() }` and signal after changing the condition under
        the lock, on every path; Broadcast when several goroutines wait or when closing; or replace the
        Cond with a channel.
        """,
        """
        mu.Lock()
        c.Wait() // the Signal may already have happened
        mu.Unlock()
        """,
        """
        mu.Lock()
        for !ready {
        	c.Wait()
        }
        mu.Unlock()
        """,
        "0.1.0");
}
