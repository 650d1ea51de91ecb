using Strand.Semantics.Tests.Support;
using Strand.Syntax.Ast;
using Xunit;

namespace Strand.Semantics.Tests;

public class MoreTypingTests
{
    [Fact]
    public void Package_level_multi_value_initialisers_spread_over_names_and_blanks()
    {
        using var s = Snippet.Load("""
            package main

            func pair() (chan int, error) { return nil, nil }

            var jobs, _ = pair()
            var _, failure = pair()

            func main() { jobs <- 1; _ = failure }
            """);
        Assert.IsType<ChanType>(s.TypeOfId("jobs"));
        Assert.Same(Universe.Error, s.TypeOfId("failure"));
    }

    [Fact]
    public void Method_expressions_and_method_values()
    {
        using var s = Snippet.Load("""
            package main

            type T struct{ c chan int }

            func (t *T) Send(v int) { t.c <- v }

            func main() {
            	t := &T{c: make(chan int, 1)}
            	f := (*T).Send
            	f(t, 1)
            	g := t.Send
            	g(2)
            }
            """);
        var f = Assert.IsType<SignatureType>(s.TypeOfId("f"));
        Assert.Equal(2, f.Params.Length);
        Assert.IsType<PointerType>(f.Params[0]);
        Assert.Single(Assert.IsType<SignatureType>(s.TypeOfId("g")).Params);
        Assert.IsType<CallTarget.FuncValue>(s.Info.ResolveCall(s.Call("f")));
        Assert.IsType<CallTarget.FuncValue>(s.Info.ResolveCall(s.Call("g")));
    }

    [Fact]
    public void Typed_iota_constants_through_conversions()
    {
        using var s = Snippet.Load("""
            package main

            type State uint8

            const (
            	Idle = State(iota)
            	Busy
            	Done
            	Mask = ^State(0)
            )
            """);
        Assert.Equal(0, s.Info.ConstantInt(s.Id("Idle")));
        Assert.Equal(2, s.Info.ConstantInt(s.Id("Done")));
        Assert.Equal(255, s.Info.ConstantInt(s.Id("Mask")));
        Assert.Equal("main.State", s.Sym("Busy")!.Type.ToString());
    }

    [Fact]
    public void Select_clauses_open_their_own_scopes()
    {
        using var s = Snippet.Load("""
            package main

            func main() {
            	in := make(chan string)
            	out := make(chan error, 1)
            	select {
            	case msg, ok := <-in:
            		_, _ = msg, ok
            	case out <- nil:
            	case msg := <-in:
            		_ = msg
            	default:
            	}
            }
            """);
        Assert.NotSame(s.Sym("msg", 0), s.Sym("msg", 2));
        Assert.Same(s.Sym("msg", 0), s.Sym("msg", 1));
        var clauses = s.All<CommClause>();
        Assert.All(clauses, c => Assert.NotNull(s.Info.ScopeOf(c)));
        Assert.Equal(ScopeKind.Block, s.Info.ScopeOf(clauses[0])!.Kind);
        Assert.NotNull(s.Info.ScopeOf(clauses[0])!.Lookup("ok"));
    }

    [Fact]
    public void Dot_imports_of_stubs_bring_their_names_into_the_file()
    {
        using var s = Snippet.Load("""
            package main

            import . "time"

            func main() {
            	t := NewTimer(Second)
            	<-t.C
            }
            """);
        Assert.Empty(s.Program.BindingErrors);
        Assert.True(WellKnown.IsTimer(s.TypeOfId("t")));
        Assert.Equal("time.NewTimer", Assert.IsType<CallTarget.StaticFunction>(s.Info.ResolveCall(s.Call("NewTimer"))).Function.StdPath);
    }

    [Fact]
    public void Interface_calls_through_an_embedded_interface_field_are_open()
    {
        using var s = Snippet.Load("""
            package main

            type closer interface{ Close() }

            type file struct{}

            func (file) Close() {}

            type wrapper struct{ closer }

            func main() {
            	w := wrapper{file{}}
            	w.Close()
            }
            """);
        var call = Assert.IsType<CallTarget.InterfaceMethod>(s.Info.ResolveCall(s.Call("Close", 0)));
        Assert.True(call.Open);
        Assert.Equal(["closer"], call.EmbeddedPath.ToArray());
        Assert.Contains(call.Candidates, c => c.Receiver?.Name == "file");
    }
}
