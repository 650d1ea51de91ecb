using Strand.Analysis.Findings;

namespace Strand.Analysis.Checks.Docs;

internal static class LockOrderDoc
{
    public static CheckDescriptor Descriptor { get; } = new(
        CheckIds.LockOrder,
        "Two goroutines take the same locks in opposite orders",
        Severity.Error,
        """
        Finds two goroutines that lock A then B and B then A: each can hold one lock and wait forever
        for the other (an AB-BA deadlock; longer cycles, A-B, B-C, C-A, too).
        Why it matters: it deadlocks only under the right interleaving, so tests rarely catch it.
        How to fix: take the locks in one global order everywhere, or merge them into one lock.
        """,
        """
        go func() { a.Lock(); b.Lock(); b.Unlock(); a.Unlock() }()
        go func() { b.Lock(); a.Lock(); a.Unlock(); b.Unlock() }()
        """,
        """
        go func() { a.Lock(); b.Lock(); b.Unlock(); a.Unlock() }()
        go func() { a.Lock(); b.Lock(); b.Unlock(); a.Unlock() }()
        """,
        "0.1.0");
}
