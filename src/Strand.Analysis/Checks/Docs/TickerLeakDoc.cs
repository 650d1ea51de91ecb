using Strand.Analysis.Findings;

namespace Strand.Analysis.Checks.Docs;

internal static class TickerLeakDoc
{
    public static CheckDescriptor Descriptor { get; } = new(
        CheckIds.TickerLeak,
        "A ticker is never stopped in a function that returns",
        Severity.Error,
        """
        Finds time.Tick or time.NewTicker used in a function that can return (or in a goroutine that can
        end) without calling Stop on the ticker. time.Tick's ticker can never be stopped at all.
        Why it matters: an unstopped ticker keeps firing and is never collected (before Go 1.23).
        How to fix: use time.NewTicker and defer ticker.Stop(); keep time.Tick for loops that run for the
        program's lifetime.
        """,
        """
        func poll(done <-chan struct{}) {
        	for {
        		select {
        		case <-time.Tick(time.Second): // a new ticker every iteration, none stopped
        			check()
        		case <-done:
        			return
        		}
        	}
        }
        """,
        """
        func poll(done <-chan struct{}) {
        	t := time.NewTicker(time.Second)
        	defer t.Stop()
        	for {
        		select {
        		case <-t.C:
        			check()
        		case <-done:
        			return
        		}
        	}
        }
        """,
        "0.1.0");
}
