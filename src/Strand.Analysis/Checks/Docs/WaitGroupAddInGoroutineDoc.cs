using Strand.Analysis.Findings;

namespace Strand.Analysis.Checks.Docs;

internal static class WaitGroupAddInGoroutineDoc
{
    public static CheckDescriptor Descriptor { get; } = new(
        CheckIds.WaitGroupAddInGoroutine,
        "WaitGroup.Add is called inside the goroutine it counts",
        Severity.Error,
        """
        Finds wg.Add called inside a goroutine started by the function that calls wg.Wait (as
        staticcheck's SA2000): Wait may run before Add and return too early, or the counter races.
        How to fix: call wg.Add before the go statement.
        """,
        """
        for i := 0; i < n; i++ {
        	go func() {
        		wg.Add(1)
        		defer wg.Done()
        		work()
        	}()
        }
        wg.Wait()
        """,
        """
        for i := 0; i < n; i++ {
        	wg.Add(1)
        	go func() {
        		defer wg.Done()
        		work()
        	}()
        }
        wg.Wait()
        """,
        "0.1.0");
}
