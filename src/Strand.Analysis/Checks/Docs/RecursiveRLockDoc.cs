using Strand.Analysis.Findings;

namespace Strand.Analysis.Checks.Docs;

internal static class RecursiveRLockDoc
{
    public static CheckDescriptor Descriptor { get; } = new(
        CheckIds.RecursiveRLock,
        "A read lock is taken again while a writer may be waiting",
        Severity.Error,
        """
        Finds an RLock on a sync.RWMutex by a goroutine that already holds a read lock on it. If a writer
        calls Lock in between, the second RLock waits for the writer, which waits for the first RLock.
        Why it matters: a deadlock that appears only under write load.
        How to fix: take the read lock once, at the outermost call, and pass the locked state down.
        """,
        """
        func (c *Conf) Get(k string) string {
        	c.mu.RLock()
        	defer c.mu.RUnlock()
        	return c.lookup(k) // lookup RLocks again
        }
        """,
        """
        func (c *Conf) Get(k string) string {
        	c.mu.RLock()
        	defer c.mu.RUnlock()
        	return c.lookupLocked(k) // no second RLock
        }
        """,
        "0.1.0");
}
