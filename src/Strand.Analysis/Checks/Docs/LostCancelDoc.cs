using Strand.Analysis.Findings;

namespace Strand.Analysis.Checks.Docs;

internal static class LostCancelDoc
{
    public static CheckDescriptor Descriptor { get; } = new(
        CheckIds.LostCancel,
        "The cancel function of a context is not called on every path",
        Severity.Error,
        """
        Finds context.WithCancel/WithTimeout/WithDeadline calls whose cancel function is discarded or not
        called on some path out of the function (as go vet's lostcancel), and reports the goroutines left
        waiting on that context's Done channel.
        Why it matters: the context and its children stay alive until the parent is cancelled, and every
        goroutine waiting on it leaks with them.
        How to fix: call cancel on every path, simplest with defer cancel() right after the call.
        """,
        """
        func query(parent context.Context) error {
        	ctx, cancel := context.WithCancel(parent)
        	if err := check(ctx); err != nil {
        		return err // cancel is never called on this path
        	}
        	cancel()
        	return nil
        }
        """,
        """
        func query(parent context.Context) error {
        	ctx, cancel := context.WithCancel(parent)
        	defer cancel()
        	return check(ctx)
        }
        """,
        "0.1.0");
}
