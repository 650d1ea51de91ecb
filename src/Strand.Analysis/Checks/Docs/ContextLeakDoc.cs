using Strand.Analysis.Findings;

namespace Strand.Analysis.Checks.Docs;

internal static class ContextLeakDoc
{
    public static CheckDescriptor Descriptor { get; } = new(
        CheckIds.ContextLeak,
        "A goroutine waits on ctx.Done() of a context nothing can cancel",
        Severity.Error,
        """
        Finds a goroutine waiting on ctx.Done() where the context can never be cancelled: it is
        context.Background() or TODO(), or a derived context whose cancel function is never called and
        that has no deadline.
        Why it matters: the goroutine believes it can be stopped, but nothing will ever stop it.
        How to fix: derive the context with context.WithCancel (or a timeout) and call cancel when the work is
        done, usually with defer cancel().
        """,
        """
        func watch() {
        	ctx := context.Background()
        	go func() {
        		<-ctx.Done() // Background is never cancelled
        	}()
        }
        """,
        """
        func watch() {
        	ctx, cancel := context.WithCancel(context.Background())
        	defer cancel()
        	go func() {
        		<-ctx.Done()
        	}()
        }
        """,
        "0.1.0");
}
