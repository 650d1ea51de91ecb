using Strand.Analysis.Findings;

namespace Strand.Analysis.Checks.Docs;

internal static class WaitGroupLeakDoc
{
    public static CheckDescriptor Descriptor { get; } = new(
        CheckIds.WaitGroupLeak,
        "WaitGroup.Wait never returns",
        Severity.Error,
        """
        Finds a Wait on a sync.WaitGroup whose counter cannot reach zero: more Add than Done, a Done
        skipped on an error path, an Add for a goroutine a path never starts, or a counted goroutine
        that blocks forever before its Done (a send on a channel read only after the Wait, a Lock on a
        mutex the waiter holds while it waits: that Lock is reported with this id too). The message
        gives the counter's balance on the path; the witness lists each Add and Done.
        Why it matters: the waiter and everything behind it hang.
        How to fix: call Done with defer at the top of each goroutine, and Add exactly once per goroutine
        right before starting it; wait without holding locks; read results while a closer goroutine
        waits and closes the channel.
        """,
        """
        for _, j := range jobs {
        	wg.Add(1)
        	go func(j Job) {
        		if err := j.Run(); err != nil {
        			return // Done is skipped
        		}
        		wg.Done()
        	}(j)
        }
        wg.Wait()
        """,
        """
        for _, j := range jobs {
        	wg.Add(1)
        	go func(j Job) {
        		defer wg.Done()
        		_ = j.Run()
        	}(j)
        }
        wg.Wait()
        """,
        "0.1.0");
}
