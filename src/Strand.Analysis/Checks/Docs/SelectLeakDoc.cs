using Strand.Analysis.Findings;

namespace Strand.Analysis.Checks.Docs;

internal static class SelectLeakDoc
{
    public static CheckDescriptor Descriptor { get; } = new(
        CheckIds.SelectLeak,
        "A select whose every case can block forever",
        Severity.Error,
        """
        Finds a select statement with no default case where every case waits on a channel that nothing
        left can make ready: no done or timeout case can ever fire.
        Why it matters: adding a select does not by itself make a goroutine stoppable; if all its cases are
        dead the goroutine leaks exactly as a plain send or receive would.
        How to fix: add a case on ctx.Done(), a done channel that is closed on every exit path, or a timer.
        """,
        """
        go func() {
        	select {
        	case v := <-results:
        		use(v)
        	case err := <-errs:
        		log(err)
        	} // neither channel is ever written once the caller returned
        }()
        """,
        """
        go func() {
        	select {
        	case v := <-results:
        		use(v)
        	case err := <-errs:
        		log(err)
        	case <-ctx.Done(): // the caller cancels ctx when it returns
        	}
        }()
        """,
        "0.1.0");
}
