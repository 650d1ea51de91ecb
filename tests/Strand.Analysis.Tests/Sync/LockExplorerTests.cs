using Strand.Analysis.Exploration;
using Strand.Analysis.Tests.Engine;
using Strand.Syntax.Ast;
using Xunit;

namespace Strand.Analysis.Tests.Sync;

/// <summary>
/// Mutex modelling in the explorer beyond the corpus: method values, promoted methods, locks
/// handed to the unknown caller, and the mutex object's part in the state fingerprint.
/// </summary>
public sealed class LockExplorerTests
{
    private static string[] Lines(string source)
    {
        using var h = new EngineHarness();
        return [.. h.Run("main.go", source).Findings.Select(f => $"{f.Span.Line}:{f.Check}")];
    }

    [Fact]
    public void Lock_through_a_method_value_is_followed()
    {
        const string src = """
            package main

            import "sync"

            func main() {
            	var mu sync.Mutex
            	lock, unlock := mu.Lock, mu.Unlock
            	lock()
            	defer unlock()
            	mu.Lock()
            }
            """;
        Assert.Equal(["10:double-lock"], Lines(src));
    }

    [Fact]
    public void Deferred_unlock_through_a_method_value_releases_the_lock()
    {
        const string src = """
            package main

            import "sync"

            func use(mu *sync.Mutex) {
            	unlock := mu.Unlock
            	mu.Lock()
            	defer unlock()
            }

            func main() {
            	mu := new(sync.Mutex)
            	use(mu)
            	use(mu)
            	mu.Lock()
            	mu.Lock()
            }
            """;
        Assert.Equal(["16:double-lock"], Lines(src)); // released twice, still followed
    }

    [Fact]
    public void Promoted_read_lock_then_lock_is_an_upgrade()
    {
        const string src = """
            package main

            import "sync"

            type box struct {
            	sync.RWMutex
            	n int
            }

            func main() {
            	b := &box{}
            	rl := b.RLock
            	rl()
            	b.Lock()
            }
            """;
        Assert.Equal(["14:lock-upgrade"], Lines(src));
    }

    [Fact]
    public void A_lock_the_entry_returns_holding_belongs_to_its_caller()
    {
        const string src = """
            package lib

            import "sync"

            type Cache struct {
            	mu sync.Mutex
            	ch chan int
            	n  int
            }

            func (c *Cache) LockAll()   { c.mu.Lock() }
            func (c *Cache) UnlockAll() { c.mu.Unlock() }

            func Start() *Cache {
            	c := &Cache{ch: make(chan int, 1)}
            	go func() {
            		c.mu.Lock()
            		c.n++
            		c.mu.Unlock()
            	}()
            	return c
            }
            """;
        Assert.Empty(Lines(src));
    }

    [Fact]
    public void A_global_mutex_is_shared_by_the_goroutines()
    {
        const string src = """
            package main

            import "sync"

            var a, b sync.Mutex

            func ab() {
            	a.Lock()
            	b.Lock()
            	b.Unlock()
            	a.Unlock()
            }

            func ba() {
            	b.Lock()
            	a.Lock()
            	a.Unlock()
            	b.Unlock()
            }

            func main() {
            	go ab()
            	go ba()
            	select {}
            }
            """;
        var lines = Lines(src);
        Assert.Contains("9:lock-order", lines);
        Assert.Contains("16:lock-order", lines);
    }

    [Fact]
    public void Three_goroutines_in_a_lock_cycle_are_each_reported()
    {
        const string src = """
            package main

            import "sync"

            var a, b, c sync.Mutex

            func one()   { a.Lock(); b.Lock(); b.Unlock(); a.Unlock() }
            func two()   { b.Lock(); c.Lock(); c.Unlock(); b.Unlock() }
            func three() { c.Lock(); a.Lock(); a.Unlock(); c.Unlock() }

            func main() {
            	go one()
            	go two()
            	go three()
            	select {}
            }
            """;
        Assert.Equal(3, Lines(src).Count(l => l.EndsWith(":lock-order", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_reader_blocked_on_a_channel_its_writer_would_serve_is_a_lock_channel_deadlock()
    {
        const string src = """
            package main

            import "sync"

            type hub struct {
            	mu sync.RWMutex
            	ch chan int
            }

            func (h *hub) read() {
            	h.mu.RLock()
            	defer h.mu.RUnlock()
            	<-h.ch
            }

            func (h *hub) write() {
            	h.mu.Lock()
            	h.mu.Unlock()
            	h.ch <- 1
            }

            func main() {
            	h := &hub{ch: make(chan int)}
            	go h.write()
            	h.read()
            }
            """;
        Assert.Equal(["13:lock-chan-deadlock", "17:lock-chan-deadlock"], Lines(src));
    }

    [Theory]
    [InlineData("Unlock", "15:lock-leak")]
    [InlineData("RUnlock", "")]
    public void A_deferred_Unlock_of_a_read_lock_is_reported_on_the_deferred_call(string release, string expected)
    {
        var src = """
            package main

            import (
            	"fmt"
            	"sync"
            )

            type pool struct {
            	mu   sync.RWMutex
            	free []int
            }

            func (p *pool) size() int {
            	p.mu.RLock()
            	defer p.mu.RELEASE()
            	return len(p.free)
            }

            func main() {
            	p := &pool{free: []int{1, 2}}
            	fmt.Println(p.size(), p.size())
            }
            """.Replace("RELEASE", release, StringComparison.Ordinal);
        Assert.Equal(expected, string.Join(",", Lines(src)));
    }

    [Fact]
    public void Holder_and_site_are_part_of_the_fingerprint()
    {
        var site = new Ident(0, 1, "mu");
        var other = new Ident(2, 3, "mu");
        StateKey Key(Action<MutexObj> act)
        {
            var m = new MutexObj { ReadWrite = true };
            act(m);
            return m.KeyAlone();
        }
        var free = Key(_ => { });
        var byOne = Key(m => m.Lock(1, site, null, 1));
        var byTwo = Key(m => m.Lock(2, site, null, 1));
        var elsewhere = Key(m => m.Lock(1, other, null, 1));
        var reader = Key(m => m.RLock(1, site, null, 1));
        Assert.Equal(5, new[] { free, byOne, byTwo, elsewhere, reader }.Distinct().Count());
        Assert.Equal(free, Key(m =>
        {
            m.Lock(1, site, null, 1);
            Assert.True(m.Unlock());
        }));
    }

    [Fact]
    public void Clone_does_not_share_holds_and_open_mutexes_never_block()
    {
        var site = new Ident(0, 1, "mu");
        var m = new MutexObj { ReadWrite = true };
        m.RLock(1, site, null, 1);
        var copy = (MutexObj)m.Clone();
        Assert.True(copy.RUnlock(1));
        Assert.Single(m.Readers);
        Assert.False(m.CanLock);
        Assert.False(m.CanRLock(writerPending: true));
        m.Open = true;
        Assert.True(m.CanLock);
        Assert.True(m.CanRLock(writerPending: true));
    }
}
