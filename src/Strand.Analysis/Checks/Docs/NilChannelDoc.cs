using Strand.Analysis.Findings;

namespace Strand.Analysis.Checks.Docs;

internal static class NilChannelDoc
{
    public static CheckDescriptor Descriptor { get; } = new(
        CheckIds.NilChannel,
        "A send or receive on a nil channel blocks forever",
        Severity.Error,
        """
        Finds a send, receive or range on a channel variable that is nil on the path that reaches it
        (declared with var and never made, or set to nil). Operations on a nil channel block forever.
        Why it matters: the goroutine hangs silently; in main it is a deadlock.
        How to fix: create the channel with make before use; to disable a select case on purpose, set the
        channel to nil only inside a select that has other live cases.
        """,
        """
        func run() {
        	var ch chan int
        	go func() { ch <- 1 }() // ch is nil: blocks forever
        }
        """,
        """
        func run() {
        	ch := make(chan int, 1)
        	go func() { ch <- 1 }()
        }
        """,
        "0.1.0");
}
