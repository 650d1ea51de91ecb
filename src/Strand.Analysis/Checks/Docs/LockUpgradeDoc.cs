using Strand.Analysis.Findings;

namespace Strand.Analysis.Checks.Docs;

internal static class LockUpgradeDoc
{
    public static CheckDescriptor Descriptor { get; } = new(
        CheckIds.LockUpgrade,
        "Lock is called while holding the read lock of the same RWMutex",
        Severity.Error,
        """
        Finds a Lock on a sync.RWMutex by a goroutine that holds its read lock: Lock waits for all
        readers, including the caller itself, so it blocks forever. RWMutex has no upgrade.
        How to fix: RUnlock first, then Lock and re-check the condition under the write lock.
        """,
        """
        c.mu.RLock()
        if _, ok := c.m[k]; !ok {
        	c.mu.Lock() // waits for our own read lock
        	c.m[k] = v
        	c.mu.Unlock()
        }
        c.mu.RUnlock()
        """,
        """
        c.mu.Lock()
        if _, ok := c.m[k]; !ok {
        	c.m[k] = v
        }
        c.mu.Unlock()
        """,
        "0.1.0");
}
