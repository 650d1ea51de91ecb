using Strand.Analysis.Findings;

namespace Strand.Analysis.Checks.Docs;

internal static class LockChannelDeadlockDoc
{
    public static CheckDescriptor Descriptor { get; } = new(
        CheckIds.LockChannelDeadlock,
        "A goroutine blocks on a channel while holding a lock its partner needs",
        Severity.Error,
        """
        Finds a goroutine that holds a mutex and blocks on a channel operation whose partner must first
        take the same mutex: neither can proceed.
        How to fix: release the lock before the channel operation, or move the operation out of the critical
        section.
        """,
        """
        mu.Lock()
        ch <- v // the receiver locks mu before receiving
        mu.Unlock()
        """,
        """
        mu.Lock()
        x := v
        mu.Unlock()
        ch <- x
        """,
        "0.1.0");
}
