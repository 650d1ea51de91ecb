using Strand.Analysis.Findings;

namespace Strand.Analysis.Checks.Docs;

internal static class DoubleLockDoc
{
    public static CheckDescriptor Descriptor { get; } = new(
        CheckIds.DoubleLock,
        "A mutex is locked again by the goroutine that holds it",
        Severity.Error,
        """
        Finds a Lock on a sync.Mutex (or RWMutex) that the same goroutine already holds, directly or
        through a callee. Go mutexes are not reentrant: the second Lock blocks forever.
        Why it matters: the goroutine deadlocks, and so does every other goroutine that needs the mutex.
        How to fix: split the function into a locked wrapper and an unlocked helper, and call the helper
        from code that already holds the lock.
        """,
        """
        func (c *Cache) Get(k string) string {
        	c.mu.Lock()
        	defer c.mu.Unlock()
        	return c.load(k)
        }

        func (c *Cache) load(k string) string {
        	c.mu.Lock() // already held by Get
        	defer c.mu.Unlock()
        	return c.m[k]
        }
        """,
        """
        func (c *Cache) Get(k string) string {
        	c.mu.Lock()
        	defer c.mu.Unlock()
        	return c.loadLocked(k)
        }

        func (c *Cache) loadLocked(k string) string { return c.m[k] } // caller holds c.mu
        """,
        "0.1.0");
}
