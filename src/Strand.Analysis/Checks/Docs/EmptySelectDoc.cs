using Strand.Analysis.Findings;

namespace Strand.Analysis.Checks.Docs;

internal static class EmptySelectDoc
{
    public static CheckDescriptor Descriptor { get; } = new(
        CheckIds.EmptySelect,
        "select {} outside main blocks its goroutine forever",
        Severity.Error,
        """
        Finds `select {}` in a function other than main: it blocks the current goroutine forever by
        design, which in a library or a worker is almost always a leak.
        Why it matters: the goroutine can never be stopped or collected.
        How to fix: wait on something that can happen instead: ctx.Done(), a done channel, a signal.
        """,
        """
        func serve(l net.Listener) {
        	go accept(l)
        	select {} // never returns
        }
        """,
        """
        func serve(ctx context.Context, l net.Listener) {
        	go accept(l)
        	<-ctx.Done()
        	l.Close()
        }
        """,
        "0.1.0");
}
