using Strand.Analysis.Findings;

namespace Strand.Analysis.Checks.Docs;

internal static class ChanSendLeakDoc
{
    public static CheckDescriptor Descriptor { get; } = new(
        CheckIds.ChanSendLeak,
        "A goroutine blocks forever sending on a channel nobody will receive from",
        Severity.Error,
        """
        Finds a send on a channel where, on some path, every goroutine that could receive has returned or
        dropped the channel: the sender waits forever and everything it references stays in memory.
        The usual shape: a function starts a goroutine to compute a result, then returns early (an error,
        a timeout that wins a select, a panic) without reading the result channel.
        Why it matters: a goroutine that can never run again is a memory leak that grows with every call,
        and it is invisible until the process runs out of memory or goroutine counts explode.
        How to fix: give the channel a buffer large enough for every send (make(chan T, 1) for one result),
        or make the sender select on ctx.Done() or another done channel so it can give up.
        """,
        """
        func first(urls []string) string {
        	res := make(chan string)
        	for _, u := range urls {
        		go func(u string) { res <- fetch(u) }(u) // all but one block forever
        	}
        	return <-res
        }
        """,
        """
        func first(urls []string) string {
        	res := make(chan string, len(urls)) // every sender can complete
        	for _, u := range urls {
        		go func(u string) { res <- fetch(u) }(u)
        	}
        	return <-res
        }
        """,
        "0.1.0");
}
