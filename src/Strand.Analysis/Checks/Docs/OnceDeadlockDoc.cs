using Strand.Analysis.Findings;

namespace Strand.Analysis.Checks.Docs;

internal static class OnceDeadlockDoc
{
    public static CheckDescriptor Descriptor { get; } = new(
        CheckIds.OnceDeadlock,
        "sync.Once.Do whose function blocks or calls Do again",
        Severity.Error,
        """
        Finds a Once.Do whose function re-enters the same Once (directly or through callees), or blocks
        on something that needs the Once first (a goroutine it waits for calls Do, a lock held by a
        goroutine waiting in Do): every Do waits for it. Both the waiting Do and the blocked operation
        inside the function are reported.
        How to fix: keep the Once function short and free of calls back into Do; use the fields it fills,
        or pass them to the helpers it starts; do blocking work outside.
        """,
        """
        func (s *Svc) init() {
        	s.once.Do(func() {
        		s.init() // Do re-entered: deadlock
        	})
        }
        """,
        """
        func (s *Svc) init() {
        	s.once.Do(s.setup) // setup does not call init
        }
        """,
        "0.1.0");
}
