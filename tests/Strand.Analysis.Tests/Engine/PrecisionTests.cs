using Strand.Analysis.Checks;
using Strand.Analysis.Exploration;
using Xunit;

namespace Strand.Analysis.Tests.Engine;

/// <summary>What the engine must not report, and how it behaves on bad or explosive input.</summary>
public sealed class PrecisionTests
{
    [Fact]
    public void Correlated_flag_guards_both_sides()
    {
        using var h = new EngineHarness();
        var r = h.Run("flag.go", """
            package main

            import "os"

            func run(audit bool) {
            	ch := make(chan int)
            	if audit {
            		go func() { ch <- 1 }()
            	}
            	if audit {
            		<-ch
            	}
            }

            func main() { run(len(os.Args) > 1) }
            """);
        Assert.Empty(r.Findings);
    }

    [Fact]
    public void Early_return_on_error_leaks_the_sender()
    {
        using var h = new EngineHarness();
        var r = h.Run("early.go", """
            package main

            import "errors"

            func load() (int, error) { return 0, errors.New("x") }

            func get(check func() error) (int, error) {
            	ch := make(chan int)
            	go func() {
            		v, _ := load()
            		ch <- v
            	}()
            	if err := check(); err != nil {
            		return 0, err
            	}
            	return <-ch, nil
            }

            func main() { get(nil) }
            """);
        var f = Assert.Single(r.Findings);
        Assert.Equal(CheckIds.ChanSendLeak, f.Check);
        Assert.Equal(11, f.Span.Line);
        Assert.Equal("make the channel buffered: make(chan int, 1)", f.Fixes[0].Title);
    }

    [Fact]
    public void Channel_passed_to_unknown_code_is_open()
    {
        using var h = new EngineHarness();
        var r = h.Run("open.go", """
            package main

            import "example.com/bus"

            func listen() {
            	ch := make(chan string)
            	bus.Subscribe(ch)
            	go func() {
            		for m := range ch {
            			_ = m
            		}
            	}()
            }

            func main() { listen() }
            """);
        Assert.Empty(r.Findings);
    }

    [Fact]
    public void Main_exiting_while_a_worker_is_released_is_silent()
    {
        using var h = new EngineHarness();
        var r = h.Run("exit.go", """
            package main

            func main() {
            	jobs := make(chan int)
            	go func() {
            		for j := range jobs {
            			_ = j
            		}
            	}()
            	jobs <- 1
            	close(jobs)
            }
            """);
        Assert.Empty(r.Findings);
    }

    [Fact]
    public void Explosion_becomes_inconclusive_not_a_hang()
    {
        using var h = new EngineHarness();
        var r = h.Run("boom.go", """
            package main

            func main() {
            	chans := make([]chan int, 0)
            	for i := 0; i < 8; i++ {
            		c := make(chan int, 2)
            		chans = append(chans, c)
            		go func(c chan int) {
            			for {
            				select {
            				case c <- 1:
            				case v := <-c:
            					_ = v
            				}
            			}
            		}(c)
            	}
            	select {}
            }
            """, new ExploreBudget(MaxStates: 50, MaxSteps: 5_000));
        Assert.True(r.Stats["inconclusive"] >= 1);
        Assert.DoesNotContain(r.Findings, f => f.Check is CheckIds.ChanSendLeak or CheckIds.ChanRecvLeak or CheckIds.SelectLeak);
    }

    [Fact]
    public void Broken_code_is_analysed_without_throwing()
    {
        using var h = new EngineHarness();
        var r = h.Run("broken.go", """
            package main

            func other() {
            	c := make(chan int)
            	go func() { c <- 1 }()
            }

            func main() {
            	ch := make(chan int
            	go func() { ch <- 1 }()
            }
            """);
        Assert.NotEmpty(r.Errors);
        Assert.Contains(r.Findings, f => f.Check == CheckIds.ChanSendLeak && f.Span.Line == 5);
    }

    [Fact]
    public void Results_are_deterministic()
    {
        using var h = new EngineHarness();
        var path = h.Write("two.go", """
            package main

            func a() { c := make(chan int); go func() { c <- 1 }() }

            func b() { c := make(chan int); go func() { <-c }() }

            func main() { a(); b() }
            """);
        var first = Strand.Analysis.Engine.Analyzer.Analyze(new Strand.Analysis.Engine.AnalysisRequest([path]));
        var second = Strand.Analysis.Engine.Analyzer.Analyze(new Strand.Analysis.Engine.AnalysisRequest([path]));
        Assert.Equal(first.Findings.Select(f => f.Message), second.Findings.Select(f => f.Message));
        Assert.Equal(first.Stats["states"], second.Stats["states"]);
        Assert.Equal(2, first.Findings.Length);
    }
}
