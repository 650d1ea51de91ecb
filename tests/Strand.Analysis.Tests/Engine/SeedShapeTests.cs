using Strand.Analysis.Checks;
using Xunit;

namespace Strand.Analysis.Tests.Engine;

/// <summary>The article's shapes, written anew: the constructor worker, the two-goroutine query, and their fixed forms.</summary>
public sealed class SeedShapeTests
{
    private const string Query = """
        package main

        import "fmt"

        func fetch(src string) string { return "from " + src }

        func query() string {
        	out := make(chan string)
        	go func() {
        		tick := make(chan int)
        		n := <-tick
        		fmt.Println(n)
        	}()
        	go func() {
        		out <- fetch("primary")
        	}()
        	return "done"
        }

        func main() {
        	fmt.Println(query())
        }
        """;

    [Fact]
    public void Query_gives_the_two_findings_of_the_article()
    {
        using var h = new EngineHarness();
        var r = h.Run("query.go", Query);
        Assert.Collection(r.Findings,
            f =>
            {
                Assert.Equal(CheckIds.ChanRecvLeak, f.Check);
                Assert.Equal(11, f.Span.Line);
                Assert.Contains("receiving from tick", f.Message, StringComparison.Ordinal);
                Assert.Equal(9, f.Goroutine!.Line);
            },
            f =>
            {
                Assert.Equal(CheckIds.ChanSendLeak, f.Check);
                Assert.Equal(15, f.Span.Line);
                Assert.Equal(3, f.Span.Column);
                Assert.Contains("sending on out (unbuffered, made at", f.Message, StringComparison.Ordinal);
                Assert.Contains("its only receiver, query, returns at", f.Message, StringComparison.Ordinal);
                Assert.Contains(f.Witness, w => w.StartsWith("query starts a goroutine at", StringComparison.Ordinal));
                Assert.Contains(f.Witness, w => w.StartsWith("query returns at", StringComparison.Ordinal));
            });
    }

    [Fact]
    public void The_buffer_remedy_is_an_edit_that_removes_the_send_finding()
    {
        using var h = new EngineHarness();
        var path = h.Write("query.go", Query);
        var r = Strand.Analysis.Engine.Analyzer.Analyze(new Strand.Analysis.Engine.AnalysisRequest([path]));
        var send = Assert.Single(r.Findings, f => f.Check == CheckIds.ChanSendLeak);
        var buffer = send.Fixes[0];
        Assert.Equal("make the channel buffered: make(chan string, 1)", buffer.Title);
        var edit = Assert.Single(buffer.Edits);
        Assert.Equal(", 1", edit.NewText);
        var after = EngineHarness.Rerun(path, buffer.Edits);
        Assert.DoesNotContain(after.Findings, f => f.Check == CheckIds.ChanSendLeak);
        Assert.Single(after.Findings, f => f.Check == CheckIds.ChanRecvLeak);
    }

    [Fact]
    public void Query_with_buffer_and_timeout_is_silent()
    {
        using var h = new EngineHarness();
        var r = h.Run("query_fixed.go", """
            package main

            import (
            	"fmt"
            	"time"
            )

            func fetch(src string) string { return "from " + src }

            func query() string {
            	out := make(chan string, 1)
            	go func() {
            		tick := make(chan int)
            		select {
            		case n := <-tick:
            			fmt.Println(n)
            		case <-time.After(time.Second):
            		}
            	}()
            	go func() {
            		out <- fetch("primary")
            	}()
            	return "done"
            }

            func main() {
            	fmt.Println(query())
            }
            """);
        Assert.Empty(r.Findings);
    }

    [Fact]
    public void Constructor_worker_that_nothing_stops_is_reported_once()
    {
        using var h = new EngineHarness();
        var r = h.Run("sink.go", """
            package main

            type Sink struct {
            	lines chan string
            }

            func NewSink() *Sink {
            	s := &Sink{lines: make(chan string, 4)}
            	go s.drain()
            	return s
            }

            func (s *Sink) Put(line string) {
            	s.lines <- line
            }

            func (s *Sink) drain() {
            	for {
            		line := <-s.lines
            		_ = line
            	}
            }

            func use() {
            	NewSink().Put("x")
            }

            func main() {
            	use()
            }
            """);
        var f = Assert.Single(r.Findings);
        Assert.Equal(CheckIds.ChanRecvLeak, f.Check);
        Assert.Equal(19, f.Span.Line);
        Assert.Equal(9, f.Goroutine!.Line);
    }

    [Fact]
    public void Constructor_worker_with_a_close_method_is_silent()
    {
        using var h = new EngineHarness();
        var r = h.Run("sink.go", """
            package main

            type Sink struct {
            	lines chan string
            }

            func NewSink() *Sink {
            	s := &Sink{lines: make(chan string, 4)}
            	go s.drain()
            	return s
            }

            func (s *Sink) Put(line string) { s.lines <- line }

            func (s *Sink) Close() { close(s.lines) }

            func (s *Sink) drain() {
            	for line := range s.lines {
            		_ = line
            	}
            }

            func main() {
            	s := NewSink()
            	s.Put("x")
            	s.Close()
            }
            """);
        Assert.Empty(r.Findings);
    }

    [Fact]
    public void Workers_released_by_close_from_main_are_silent()
    {
        using var h = new EngineHarness();
        var r = h.Run("closerange.go", """
            package main

            import "fmt"

            func worker(in <-chan int, id int) {
            	for v := range in {
            		fmt.Println(id, v)
            	}
            }

            func main() {
            	in := make(chan int)
            	for i := 0; i < 10; i++ {
            		go worker(in, i)
            	}
            	close(in)
            }
            """);
        Assert.Empty(r.Findings);
    }
}
