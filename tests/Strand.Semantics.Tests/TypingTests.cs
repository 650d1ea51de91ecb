using Strand.Semantics.Tests.Support;
using Strand.Syntax.Ast;
using Xunit;
using AstChanDir = Strand.Syntax.Ast.ChanDir;

namespace Strand.Semantics.Tests;

public class TypingTests
{
    [Fact]
    public void Expression_types_cover_the_common_forms()
    {
        using var s = Snippet.Load("""
            package main

            type Pair struct {
            	Name string
            	Out  chan<- int
            }

            func two() (int, error) { return 1, nil }

            func main() {
            	ch := make(chan string, 4)
            	v := <-ch
            	w, ok := <-ch
            	p := &Pair{Name: "a"}
            	q := *p
            	m := map[string][]int{}
            	e, found := m["k"]
            	first := e[0]
            	sl := e[1:]
            	var any1 any = q
            	pr, isPair := any1.(Pair)
            	n, err := two()
            	f := func(x int) bool { return x > 0 }
            	i := 1
            	fl := 1.5
            	r := 'r'
            	conv := float64(i)
            	ln := len(sl)
            	ptr := new(int)
            	out := q.Out
            	_, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _ = v, w, ok, found, first, pr, isPair, n, err, f, fl, r, conv, ln, ptr, out, p, sl, i
            }
            """);
        Assert.Empty(s.Program.BindingErrors);
        var ch = Assert.IsType<ChanType>(s.TypeOfId("ch"));
        Assert.Equal(AstChanDir.Both, ch.Dir);
        Assert.Equal(BasicType.String, s.TypeOfId("v"));
        Assert.Equal(BasicType.String, s.TypeOfId("w"));
        Assert.Equal(BasicType.Bool, s.TypeOfId("ok"));
        var p = Assert.IsType<PointerType>(s.TypeOfId("p"));
        Assert.Equal("main.Pair", p.Elem.ToString());
        Assert.Equal("main.Pair", s.TypeOfId("q").ToString());
        Assert.IsType<SliceType>(s.TypeOfId("e"));
        Assert.Equal(BasicType.Bool, s.TypeOfId("found"));
        Assert.Equal(BasicType.Int, s.TypeOfId("first"));
        Assert.IsType<SliceType>(s.TypeOfId("sl"));
        Assert.Equal("main.Pair", s.TypeOfId("pr").ToString());
        Assert.Equal(BasicType.Bool, s.TypeOfId("isPair"));
        Assert.Equal(BasicType.Int, s.TypeOfId("n"));
        Assert.Same(Universe.Error, s.TypeOfId("err"));
        var f = Assert.IsType<SignatureType>(s.TypeOfId("f"));
        Assert.Equal(BasicType.Int, Assert.Single(f.Params));
        Assert.Equal(BasicType.Int, s.TypeOfId("i"));
        Assert.Equal(BasicType.Float64, s.TypeOfId("fl"));
        Assert.Equal(BasicType.Int32, s.TypeOfId("r"));
        Assert.Equal(BasicType.Float64, s.TypeOfId("conv"));
        Assert.Equal(BasicType.Int, s.TypeOfId("ln"));
        Assert.Equal(BasicType.Int, Assert.IsType<PointerType>(s.TypeOfId("ptr")).Elem);
        Assert.Equal(AstChanDir.Send, Assert.IsType<ChanType>(s.TypeOfId("out")).Dir);
        var tuple = Assert.IsType<TupleType>(s.Info.TypeOf(s.Call("two")));
        Assert.Equal(2, tuple.Types.Length);
        var makeCall = s.Call("make");
        Assert.Same(ch, s.Info.TypeOf(makeCall));
        Assert.Equal(4, s.Info.ConstantInt(makeCall.Args[1]));
    }

    [Fact]
    public void Fields_and_methods_are_promoted_through_embedding()
    {
        using var s = Snippet.Load("""
            package main

            import "sync"

            type base struct {
            	sync.Mutex
            	jobs chan int
            }

            func (b *base) Close() { close(b.jobs) }

            type Worker struct {
            	*base
            	name string
            }

            func use(w Worker) {
            	w.Lock()
            	w.jobs <- 1
            	w.Unlock()
            	w.Close()
            }
            """);
        Assert.Empty(s.Program.BindingErrors);
        var jobs = s.All<SelectorExpr>().Last(x => x.Sel.Name == "jobs");
        Assert.IsType<ChanType>(s.Info.TypeOf(jobs));
        var lockTarget = Assert.IsType<CallTarget.Method>(s.Info.ResolveCall(s.Call("Lock")));
        Assert.Equal("sync.Mutex.Lock", lockTarget.Function.StdPath);
        Assert.True(WellKnown.IsMutex(lockTarget.Function.Receiver));
        Assert.Equal(["base", "Mutex"], lockTarget.EmbeddedPath.ToArray());
        Assert.Equal(["base"], s.Info.EmbeddedPathOf(jobs).ToArray());
        var close = Assert.IsType<CallTarget.Method>(s.Info.ResolveCall(s.Call("Close")));
        Assert.Equal("base", close.Function.Receiver!.Name);
        Assert.Equal(["base"], close.EmbeddedPath.ToArray());
        Assert.True(close.Function.PointerReceiver);
        Assert.Same(s.Sym("Close", 0), close.Function);
    }

    [Fact]
    public void Method_sets_follow_value_and_pointer_receiver_rules()
    {
        using var s = Snippet.Load("""
            package main

            type T struct{}

            func (T) Value()    {}
            func (*T) Pointer() {}

            type E struct{ T }
            type P struct{ *T }
            """);
        var t = (NamedType)s.Sym("T")!.Type;
        Assert.Equal(["Value"], s.Info.MethodSet(t).Select(m => m.Name));
        Assert.Equal(["Pointer", "Value"], s.Info.MethodSet(new PointerType(t)).Select(m => m.Name));
        var e = (NamedType)s.Sym("E")!.Type;
        Assert.Equal(["Value"], s.Info.MethodSet(e).Select(m => m.Name));
        var p = (NamedType)s.Sym("P")!.Type;
        Assert.Equal(["Pointer", "Value"], s.Info.MethodSet(p).Select(m => m.Name));
    }

    [Fact]
    public void Calls_are_classified()
    {
        using var s = Snippet.Load("""
            package main

            import (
            	"strings"
            	"sync"
            )

            type Runner interface{ Run() }

            type fast struct{}

            func (fast) Run() {}

            type slow struct{}

            func (*slow) Run() {}

            type other struct{}

            func helper(f func()) { f() }

            type holder struct{ cb func() }

            func main() {
            	var wg sync.WaitGroup
            	wg.Wait()
            	var r Runner = fast{}
            	r.Run()
            	helper(func() {})
            	h := holder{}
            	h.cb()
            	_ = strings.ToUpper("x")
            	_ = int64(3)
            	ch := make(chan int)
            	close(ch)
            	g := func() {}
            	g()
            }
            """);
        var info = s.Info;
        var wait = Assert.IsType<CallTarget.Method>(info.ResolveCall(s.Call("Wait")));
        Assert.Equal("sync.WaitGroup.Wait", wait.Function.StdPath);
        Assert.True(WellKnown.IsWaitGroup(info.TypeOf(wait.Receiver)));

        var run = Assert.IsType<CallTarget.InterfaceMethod>(info.ResolveCall(s.Call("Run")));
        Assert.Equal("Run", run.Name);
        Assert.False(run.Open);
        Assert.Equal(["fast", "slow"], run.Candidates.Select(c => c.Receiver!.Name));

        Assert.IsType<CallTarget.StaticFunction>(info.ResolveCall(s.Call("helper")));
        Assert.IsType<CallTarget.FuncValue>(info.ResolveCall(s.Call("f")));
        Assert.IsType<CallTarget.FuncValue>(info.ResolveCall(s.Call("cb")));
        Assert.IsType<CallTarget.FuncValue>(info.ResolveCall(s.Call("g")));
        Assert.IsType<CallTarget.Unknown>(info.ResolveCall(s.Call("ToUpper")));
        var conv = Assert.IsType<CallTarget.Conversion>(info.ResolveCall(s.Call("int64")));
        Assert.Equal(BasicType.Int64, conv.Type);
        Assert.Equal("close", Assert.IsType<CallTarget.Builtin>(info.ResolveCall(s.Call("close"))).Name);
        Assert.Equal("make", Assert.IsType<CallTarget.Builtin>(info.ResolveCall(s.Call("make"))).Name);
        var strings = Assert.IsType<PackageSymbol>(s.Sym("strings"));
        Assert.True(strings.IsUnknown);
        Assert.Equal(UnknownType.Instance, info.TypeOf(s.Call("ToUpper")));
    }

    [Fact]
    public void Interface_calls_are_open_for_exported_library_interfaces_and_std_interfaces()
    {
        using var s = Snippet.Load("""
            package lib

            import "context"

            type Store interface{ Get() int }

            func Use(st Store, ctx context.Context) int {
            	<-ctx.Done()
            	return st.Get()
            }
            """);
        Assert.True(Assert.IsType<CallTarget.InterfaceMethod>(s.Info.ResolveCall(s.Call("Get"))).Open);
        var done = Assert.IsType<CallTarget.InterfaceMethod>(s.Info.ResolveCall(s.Call("Done")));
        Assert.True(done.Open);
        Assert.True(WellKnown.IsContext(s.Info.TypeOf(done.Receiver)));
        var elem = Assert.IsType<ChanType>(s.Info.TypeOf(s.Call("Done")));
        Assert.Equal(AstChanDir.Recv, elem.Dir);
    }

    [Fact]
    public void Standard_library_stubs_give_types_and_std_paths()
    {
        using var s = Snippet.Load("""
            package main

            import (
            	"context"
            	"os"
            	"os/signal"
            	"syscall"
            	"time"
            )

            func main() {
            	ctx, cancel := context.WithCancel(context.Background())
            	defer cancel()
            	t := time.NewTicker(time.Second)
            	defer t.Stop()
            	sig := make(chan os.Signal, 1)
            	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
            	select {
            	case <-ctx.Done():
            	case <-t.C:
            	case <-time.After(2 * time.Second):
            	case <-sig:
            	}
            }
            """);
        Assert.Empty(s.Program.BindingErrors);
        var info = s.Info;
        Assert.True(WellKnown.IsContext(s.TypeOfId("ctx")));
        Assert.True(WellKnown.IsCancelFunc(s.TypeOfId("cancel")));
        Assert.True(WellKnown.IsTicker(s.TypeOfId("t")));
        var withCancel = Assert.IsType<CallTarget.StaticFunction>(info.ResolveCall(s.Call("WithCancel")));
        Assert.Equal("context.WithCancel", withCancel.Function.StdPath);
        Assert.IsType<CallTarget.FuncValue>(info.ResolveCall(s.Call("cancel")));
        var stop = Assert.IsType<CallTarget.Method>(info.ResolveCall(s.Call("Stop")));
        Assert.Equal("time.Ticker.Stop", stop.Function.StdPath);
        var notify = Assert.IsType<CallTarget.StaticFunction>(info.ResolveCall(s.Call("Notify")));
        Assert.Equal("os/signal.Notify", notify.Function.StdPath);
        var tc = s.All<SelectorExpr>().Single(x => x.Sel.Name == "C");
        Assert.Equal(AstChanDir.Recv, Assert.IsType<ChanType>(info.TypeOf(tc)).Dir);
        Assert.IsType<ChanType>(info.TypeOf(s.Call("After")));
        Assert.True(WellKnown.IsDuration(info.TypeOf(s.Call("After").Args[0])));
        Assert.Contains(s.Program.StubPackages, p => p.ImportPath == "os/signal");
        Assert.Equal(1_000_000_000, info.ConstantInt(s.All<SelectorExpr>().First(x => x.Sel.Name == "Second")));
    }

    [Fact]
    public void Generic_functions_keep_channels_known()
    {
        using var s = Snippet.Load("""
            package main

            func Make[T any](n int) chan T { return make(chan T, n) }

            func First[S ~[]E, E any](s S) E { return s[0] }

            type Box[T any] struct{ ch chan T }

            func (b Box[T]) Take() T { return <-b.ch }

            func main() {
            	c := Make[string](1)
            	f := First([]int{1})
            	b := Box[bool]{ch: make(chan bool)}
            	got := b.Take()
            	_, _, _ = c, f, got
            }
            """);
        Assert.Empty(s.Program.BindingErrors);
        Assert.Equal(BasicType.String, Assert.IsType<ChanType>(s.TypeOfId("c")).Elem);
        Assert.Equal(BasicType.Int, s.TypeOfId("f"));
        Assert.Equal(BasicType.Bool, s.TypeOfId("got"));
        Assert.IsType<CallTarget.StaticFunction>(s.Info.ResolveCall(s.Call("Make")));
        Assert.IsType<CallTarget.Method>(s.Info.ResolveCall(s.Call("Take")));
        var bch = s.All<SelectorExpr>().First(x => x.Sel.Name == "ch");
        Assert.IsType<ChanType>(s.Info.TypeOf(bch));
    }

    [Fact]
    public void Constants_fold_with_iota_and_named_constants()
    {
        using var s = Snippet.Load("""
            package main

            type Level int

            const (
            	Low Level = iota
            	Mid
            	High
            )

            const (
            	_  = iota
            	KB = 1 << (10 * iota)
            	MB
            )

            const workers = 4
            const buf = workers*2 + 1

            var table = [...]string{"a", "b", "c"}

            func main() {
            	a := make(chan int, buf)
            	b := make(chan int, len(table))
            	c := make(chan int, len("hello"))
            	d := make(chan int, (workers-1)%3+int(High))
            	e := make(chan int, MB/KB)
            	_, _, _, _, _ = a, b, c, d, e
            }
            """);
        var info = s.Info;
        Assert.Equal(0, info.ConstantInt(s.Id("Low")));
        Assert.Equal(1, info.ConstantInt(s.Id("Mid")));
        Assert.Equal(2, info.ConstantInt(s.Id("High")));
        Assert.Equal("main.Level", s.Sym("High")!.Type.ToString());
        Assert.Equal(1024, info.ConstantInt(s.Id("KB")));
        Assert.Equal(1 << 20, info.ConstantInt(s.Id("MB")));
        var makes = s.All<CallExpr>().Where(c => c.Fun is Ident { Name: "make" }).ToList();
        Assert.Equal([9L, 3L, 5L, 2L, 1024L], makes.Select(m => info.ConstantInt(m.Args[1]) ?? -1));
    }

    [Fact]
    public void Recursive_and_cyclic_types_stay_finite()
    {
        using var s = Snippet.Load("""
            package main

            type Node struct {
            	next  *Node
            	kids  []Node
            	inbox chan *Node
            }

            type A B
            type B A
            type P *P

            type I interface {
            	J
            	M() I
            }
            type J interface{ I }

            func main() {
            	var n Node
            	x := <-n.next.next.inbox
            	var a A
            	var i I
            	_, _, _ = x, a, i
            	i.M().M()
            }
            """);
        Assert.IsType<PointerType>(s.TypeOfId("x"));
        Assert.Empty(s.Program.Errors);
    }
}
