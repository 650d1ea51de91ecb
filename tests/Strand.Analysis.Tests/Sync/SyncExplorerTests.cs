using Strand.Analysis.Checks;
using Strand.Analysis.Tests.Engine;
using Xunit;

namespace Strand.Analysis.Tests.Sync;

/// <summary>WaitGroup, Cond and Once in the explorer: the rules the corpus does not pin down on its own.</summary>
public sealed class SyncExplorerTests
{
    private const string WaitGroupTemplate = """
        package main

        import (
        	"fmt"
        	"runtime"
        	"sync"
        )

        func main() {
        	var wg sync.WaitGroup
        	wg.Add(COUNT)
        	go func() {
        		defer wg.Done()
        		fmt.Println("work")
        	}()
        	wg.Wait()
        	_ = runtime.NumCPU
        }
        """;

    [Fact]
    public void A_count_the_model_follows_is_checked()
    {
        using var h = new EngineHarness();
        var r = h.Run("main.go", WaitGroupTemplate.Replace("COUNT", "2", StringComparison.Ordinal));
        var f = Assert.Single(r.Findings, x => x.Check == CheckIds.WaitGroupLeak);
        Assert.Equal(16, f.Span.Line);
        Assert.Contains("wg.Add(2) at", f.Message, StringComparison.Ordinal);
        Assert.Contains(f.Witness, w => w.Contains("wg.Add(2) makes the counter 2", StringComparison.Ordinal));
    }

    [Fact]
    public void A_count_the_model_cannot_follow_opens_the_WaitGroup()
    {
        using var h = new EngineHarness();
        var r = h.Run("main.go", WaitGroupTemplate.Replace("COUNT", "runtime.NumCPU()", StringComparison.Ordinal));
        Assert.DoesNotContain(r.Findings, x => x.Check == CheckIds.WaitGroupLeak);
    }

    [Fact]
    public void A_Cond_handed_to_unseen_code_is_open()
    {
        const string Source = """
            package main

            import (
            	"sync"

            	"example.com/watch"
            )

            func main() {
            	var mu sync.Mutex
            	c := sync.NewCond(&mu)
            	watch.Register(c)
            	mu.Lock()
            	c.Wait()
            	mu.Unlock()
            }
            """;
        using var h = new EngineHarness();
        var closed = h.Run("closed.go", Source.Replace("watch.Register(c)", "_ = watch.Register", StringComparison.Ordinal));
        Assert.Contains(closed.Findings, x => x.Check == CheckIds.CondWaitLeak && x.Span.Line == 14);
        var open = h.Run("open.go", Source);
        Assert.DoesNotContain(open.Findings, x => x.Check == CheckIds.CondWaitLeak);
    }

    [Fact]
    public void Locking_through_c_L_stays_silent()
    {
        const string Source = """
            package main

            import "sync"

            func main() {
            	var mu sync.Mutex
            	c := sync.NewCond(&mu)
            	ready := false
            	go func() {
            		c.L.Lock()
            		ready = true
            		c.Broadcast()
            		c.L.Unlock()
            	}()
            	c.L.Lock()
            	for !ready {
            		c.Wait()
            	}
            	c.L.Unlock()
            	mu.Lock()
            	mu.Unlock()
            }
            """;
        using var h = new EngineHarness();
        var r = h.Run("main.go", Source);
        Assert.Empty(r.Findings);
    }

    [Fact]
    public void A_Once_whose_function_panicked_is_done()
    {
        const string Source = """
            package main

            import "sync"

            func try(o *sync.Once) {
            	defer func() { recover() }()
            	o.Do(func() { panic("boom") })
            }

            func main() {
            	var o sync.Once
            	try(&o)
            	done := make(chan bool)
            	go func() {
            		o.Do(func() {})
            		done <- true
            	}()
            	<-done
            }
            """;
        using var h = new EngineHarness();
        var r = h.Run("main.go", Source);
        Assert.Empty(r.Findings);
    }

    [Fact]
    public void A_Do_from_the_goroutine_running_the_function_waits_for_itself()
    {
        const string Source = """
            package main

            import "sync"

            var once sync.Once

            func setup() {
            	once.Do(setup)
            }

            func main() {
            	setup()
            }
            """;
        using var h = new EngineHarness();
        var r = h.Run("main.go", Source);
        var f = Assert.Single(r.Findings);
        Assert.Equal(CheckIds.OnceDeadlock, f.Check);
        Assert.Equal(8, f.Span.Line);
        Assert.Contains("calls back into the same Once", f.Message, StringComparison.Ordinal);
    }
}
