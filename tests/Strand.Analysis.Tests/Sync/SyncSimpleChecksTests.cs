using Xunit;

namespace Strand.Analysis.Tests.Sync;

/// <summary>
/// The simple checks on small programs that pin down their caution: correlated and changed
/// flags, escapes (closures, addresses, owner methods, hand-offs), loops left by break, TryLock,
/// switch/select/fallthrough paths, goto, broken code, and WaitGroups matched through arguments.
/// </summary>
public sealed class SyncSimpleChecksTests
{
    [Fact]
    public void Add_before_go_and_wait_in_closer()
    {
        const string source = """
package main

import "sync"

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
	}()
	go func() { wg.Wait() }()
	wg.Wait()
}
""";
        Assert.Equal<string>([], Checks(source));
    }

    [Fact]
    public void Add_in_goroutine_without_wait_is_silent()
    {
        const string source = """
package main

import "sync"

func main() {
	var wg sync.WaitGroup
	go func() {
		wg.Add(1)
		wg.Done()
	}()
}
""";
        Assert.Equal<string>([], Checks(source));
    }

    [Fact]
    public void Add_in_started_function_through_argument()
    {
        const string source = """
package main

import "sync"

func work(wg *sync.WaitGroup) {
	wg.Add(1)
	defer wg.Done()
}

func main() {
	var wg sync.WaitGroup
	go work(&wg)
	wg.Wait()
}
""";
        Assert.Equal<string>(["wg-add-in-goroutine"], Checks(source));
    }

    [Fact]
    public void Address_passed_escapes()
    {
        const string source = """
package main

import "sync"

func unlock(m *sync.Mutex) { m.Unlock() }

func main() {
	var mu sync.Mutex
	mu.Lock()
	unlock(&mu)
	mu.Lock()
}
""";
        Assert.Equal<string>([], Checks(source));
    }

    [Fact]
    public void Break_out_of_a_loop_leaves_the_lock_held()
    {
        const string source = """
package main

import "sync"

func f(xs []int) {
	var mu sync.Mutex
	for _, x := range xs {
		mu.Lock()
		if x < 0 {
			break
		}
		mu.Unlock()
	}
	mu.Lock()
}

func main() { f([]int{-1}) }
""";
        Assert.Equal<string>(["lock-leak"], Checks(source));
    }

    [Fact]
    public void Broken_code_does_not_crash()
    {
        const string source = """
package main

import "sync"

func main() {
	var mu sync.Mutex
	mu.Lock(
	if {
	mu.Lock()
}
""";
        Assert.Equal<string>([], Checks(source));
    }

    [Fact]
    public void Lock_held_before_the_loop_is_a_double_lock_after_break()
    {
        const string source = """
package main

import "sync"

func f(xs []int) {
	var mu sync.Mutex
	mu.Lock()
	for _, x := range xs {
		if x < 0 {
			break
		}
	}
	mu.Lock()
}

func main() { f([]int{-1}) }
""";
        Assert.Equal<string>(["double-lock"], Checks(source));
    }

    [Fact]
    public void Closure_capture_escapes()
    {
        const string source = """
package main

import "sync"

func main() {
	var mu sync.Mutex
	mu.Lock()
	done := func() { mu.Unlock() }
	done()
	mu.Lock()
}
""";
        Assert.Equal<string>([], Checks(source));
    }

    [Fact]
    public void Correlated_flag_is_followed()
    {
        const string source = """
package main

import "sync"

var mu sync.Mutex

func f(shared bool) {
	if shared {
		mu.Lock()
	}
	if !shared {
		mu.Lock()
	}
	mu.Unlock()
}

func main() { f(true) }
""";
        Assert.Equal<string>([], Checks(source));
    }

    [Fact]
    public void Counted_goroutine_may_add_for_its_children()
    {
        // The shape of net/http's TestServerDuplicateBackgroundRead: the goroutine was counted
        // before it started (its Done comes first), so its own Add runs while the counter is above zero.
        const string source = """
package main

import "sync"

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			wg.Add(1)
			go func() {
				defer wg.Done()
			}()
		}()
	}
	wg.Wait()
}
""";
        Assert.Equal<string>([], Checks(source));
    }

    [Fact]
    public void Flag_changed_between_tests_is_not_trusted()
    {
        const string source = """
package main

import "sync"

func f(on bool) {
	var mu sync.Mutex
	if on {
		mu.Lock()
	}
	on = !on
	if on {
		mu.Lock()
	}
}

func main() { f(true) }
""";
        Assert.Equal<string>([], Checks(source));
    }

    [Fact]
    public void Goto_skips_the_function()
    {
        const string source = """
package main

import "sync"

func main() {
	var mu sync.Mutex
	mu.Lock()
again:
	mu.Lock()
	goto again
}
""";
        Assert.Equal<string>([], Checks(source));
    }

    [Fact]
    public void Independent_flags_can_both_hold()
    {
        const string source = """
package main

import "sync"

func f(a, b bool) {
	var mu sync.Mutex
	if a {
		mu.Lock()
	}
	if b {
		mu.Lock()
	}
}

func main() { f(true, true) }
""";
        Assert.Equal<string>(["double-lock"], Checks(source));
    }

    [Fact]
    public void Method_on_owner_may_unlock()
    {
        const string source = """
package main

import "sync"

type s struct{ mu sync.Mutex }

func (x *s) release() { x.mu.Unlock() }

func (x *s) run() {
	x.mu.Lock()
	x.release()
	x.mu.Lock()
}

func main() { (&s{}).run() }
""";
        Assert.Equal<string>([], Checks(source));
    }

    [Fact]
    public void Rlock_after_lock_and_upgrade()
    {
        const string source = """
package main

import "sync"

var rw sync.RWMutex

func a() {
	rw.Lock()
	rw.RLock()
}

func b() {
	rw.RLock()
	rw.Lock()
}

func main() { a(); b() }
""";
        Assert.Equal<string>(["double-lock", "lock-upgrade"], Checks(source));
    }

    [Fact]
    public void Switch_and_select_paths()
    {
        const string source = """
package main

import "sync"

func f(n int, ch chan int) {
	var mu sync.Mutex
	switch n {
	case 1:
		mu.Lock()
		fallthrough
	case 2:
		select {
		case <-ch:
			return
		default:
		}
	default:
		return
	}
	mu.Lock()
}

func main() { f(1, make(chan int)) }
""";
        Assert.Equal<string>(["double-lock"], Checks(source));
    }

    [Fact]
    public void Trylock_never_conflicts()
    {
        const string source = """
package main

import "sync"

func main() {
	var mu sync.Mutex
	mu.Lock()
	if mu.TryLock() {
		mu.Unlock()
	}
	mu.Unlock()
	mu.Lock()
}
""";
        Assert.Equal<string>([], Checks(source));
    }

    [Fact]
    public void Unlock_in_goroutine_is_a_handoff()
    {
        const string source = """
package main

import "sync"

var mu sync.Mutex

func release() { mu.Unlock() }

func main() {
	mu.Lock()
	go release()
	mu.Lock()
}
""";
        Assert.Equal<string>([], Checks(source));
    }

    [Fact]
    public void Hostile_nesting_and_long_chains_do_not_overflow()
    {
        var chain = "x" + string.Concat(Enumerable.Repeat(".a", 20_000));
        var nested = string.Concat(Enumerable.Repeat("if b {\n", 300)) + "mu.Lock()\n" + string.Concat(Enumerable.Repeat("}\n", 300));
        var source = $$"""
package main

import "sync"

type T struct{ a *T; mu sync.Mutex }

func main() {
	var x T
	var mu sync.Mutex
	b := x.a != nil
	{{chain}}.mu.Lock()
	mu.Lock()
	{{nested}}
}
""";
        Assert.Equal<string>(["double-lock"], Checks(source));
    }

    private static string[] Checks(string source) =>
        [.. SimpleChecksHarness.RunOnSource(source).Select(f => f.Check)];
}
