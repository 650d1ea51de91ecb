using Strand.Analysis.Findings;

namespace Strand.Analysis.Checks.Docs;

internal static class ChanRecvLeakDoc
{
    public static CheckDescriptor Descriptor { get; } = new(
        CheckIds.ChanRecvLeak,
        "A goroutine blocks forever receiving from a channel nobody sends to or closes",
        Severity.Error,
        """
        Finds a receive on a channel that no goroutine left can send to or close: a local channel nobody
        writes, a send that is skipped on some path, a close that no path performs.
        Why it matters: the receiver never runs again; its stack and whatever it captured are never freed.
        How to fix: make sure every path sends or closes (defer close(ch) in the producer is the simplest),
        or let the receiver also wait on a done channel, ctx.Done() or a timeout in a select.
        """,
        """
        func wait() {
        	done := make(chan struct{})
        	go func() {
        		<-done // nothing ever sends or closes
        	}()
        }
        """,
        """
        func wait() {
        	done := make(chan struct{})
        	go func() {
        		<-done
        	}()
        	close(done)
        }
        """,
        "0.1.0");
}
