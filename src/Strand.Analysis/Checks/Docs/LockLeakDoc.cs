using Strand.Analysis.Findings;

namespace Strand.Analysis.Checks.Docs;

internal static class LockLeakDoc
{
    public static CheckDescriptor Descriptor { get; } = new(
        CheckIds.LockLeak,
        "A mutex stays locked on some path",
        Severity.Error,
        """
        Finds a path (an early return, a break or continue, a panic) on which a mutex is locked and not
        unlocked, after which another Lock blocks forever (in this goroutine or another one). Also finds
        Unlock of an RWMutex held only for reading: Go stops the program and the read lock stays held.
        Why it matters: the next caller hangs, usually far from the cause.
        How to fix: unlock with defer right after Lock, or unlock on every path out; RUnlock for RLock.
        """,
        """
        func (s *Store) Put(k, v string) error {
        	s.mu.Lock()
        	if k == "" {
        		return errEmpty // s.mu stays locked
        	}
        	s.m[k] = v
        	s.mu.Unlock()
        	return nil
        }
        """,
        """
        func (s *Store) Put(k, v string) error {
        	s.mu.Lock()
        	defer s.mu.Unlock()
        	if k == "" {
        		return errEmpty
        	}
        	s.m[k] = v
        	return nil
        }
        """,
        "0.1.0");
}
