using Strand.Analysis.Checks;
using Xunit;

namespace Strand.Analysis.Tests.Engine;

/// <summary>The function-local checks: lost-cancel, ticker-leak, after-in-loop, empty-select.</summary>
public sealed class FunctionCheckTests
{
    [Fact]
    public void Cancel_not_called_on_the_error_path()
    {
        using var h = new EngineHarness();
        var r = h.Run("cancel.go", """
            package p

            import (
            	"context"
            	"errors"
            	"time"
            )

            func call(ctx context.Context, fail bool) error {
            	ctx, cancel := context.WithTimeout(ctx, time.Second)
            	if fail {
            		return errors.New("no")
            	}
            	defer cancel()
            	<-ctx.Done()
            	return nil
            }
            """);
        var f = Assert.Single(r.Findings, x => x.Check == CheckIds.LostCancel);
        Assert.Equal(10, f.Span.Line);
        Assert.Equal(12, f.Related[0].Span.Line);
        Assert.Equal("\n\tdefer cancel()", f.Fixes[0].Edits[0].NewText);
    }

    [Fact]
    public void Discarded_cancel_is_reported_and_deferred_cancel_is_not()
    {
        using var h = new EngineHarness();
        var r = h.Run("cancel2.go", """
            package p

            import "context"

            func a(ctx context.Context) context.Context {
            	c, _ := context.WithCancel(ctx)
            	return c
            }

            func b(ctx context.Context) {
            	c, cancel := context.WithCancel(ctx)
            	defer cancel()
            	_ = c
            }
            """);
        var f = Assert.Single(r.Findings);
        Assert.Equal(CheckIds.LostCancel, f.Check);
        Assert.Equal(6, f.Span.Line);
    }

    [Fact]
    public void Ticker_never_stopped_in_a_returning_function()
    {
        using var h = new EngineHarness();
        var r = h.Run("tick.go", """
            package p

            import "time"

            func poll(n int) {
            	t := time.NewTicker(time.Second)
            	for i := 0; i < n; i++ {
            		<-t.C
            	}
            }

            func pollStopped(n int) {
            	t := time.NewTicker(time.Second)
            	defer t.Stop()
            	for i := 0; i < n; i++ {
            		<-t.C
            	}
            }

            func forever() {
            	for range time.Tick(time.Second) {
            	}
            }
            """);
        var f = Assert.Single(r.Findings);
        Assert.Equal(CheckIds.TickerLeak, f.Check);
        Assert.Equal(6, f.Span.Line);
        Assert.Equal("\n\tdefer t.Stop()", f.Fixes[0].Edits[0].NewText);
    }

    [Fact]
    public void After_in_a_loop_and_empty_select_outside_main()
    {
        using var h = new EngineHarness();
        var r = h.Run("misc.go", """
            package p

            import "time"

            func wait(c chan int) {
            	for {
            		select {
            		case <-c:
            		case <-time.After(time.Second):
            			return
            		}
            	}
            }

            func park() {
            	select {}
            }
            """);
        Assert.Collection(r.Findings,
            f => Assert.Equal((CheckIds.AfterInLoop, 9), (f.Check, f.Span.Line)),
            f => Assert.Equal((CheckIds.EmptySelect, 16), (f.Check, f.Span.Line)));
    }
}
