using Strand.Semantics.Tests.Support;
using Strand.Syntax.Ast;
using Xunit;

namespace Strand.Semantics.Tests;

public class BindingTests
{
    [Fact]
    public void Inner_declaration_shadows_outer_and_outer_is_seen_again_after_the_block()
    {
        using var s = Snippet.Load("""
            package main

            func main() {
            	x := 1
            	if true {
            		x := "inner"
            		_ = x
            	}
            	_ = x
            }
            """);
        var outer = s.Sym("x", 0);
        var inner = s.Sym("x", 1);
        Assert.NotSame(outer, inner);
        Assert.Same(inner, s.Sym("x", 2));
        Assert.Same(outer, s.Sym("x", 3));
        Assert.Equal(BasicType.Int, outer!.Type);
        Assert.Equal(BasicType.String, inner!.Type);
        Assert.True(s.Info.IsDefinition(s.Id("x", 0)));
        Assert.False(s.Info.IsDefinition(s.Id("x", 3)));
    }

    [Fact]
    public void Closures_capture_the_outer_variable()
    {
        using var s = Snippet.Load("""
            package main

            func main() {
            	done := make(chan bool)
            	go func() {
            		done <- true
            	}()
            	<-done
            }
            """);
        var def = Assert.IsType<VarSymbol>(s.Sym("done", 0));
        Assert.Same(def, s.Sym("done", 1));
        Assert.Same(def, s.Sym("done", 2));
        Assert.Equal(VarKind.Local, def.Kind);
        Assert.IsType<FuncDecl>(def.Owner);
    }

    [Fact]
    public void Short_declaration_reuses_names_already_declared_in_the_same_scope()
    {
        using var s = Snippet.Load("""
            package main

            func f() (int, error) { return 0, nil }

            func main() {
            	a, err := f()
            	b, err := f()
            	_, _, _ = a, b, err
            }
            """);
        Assert.Same(s.Sym("err", 0), s.Sym("err", 1));
        Assert.NotSame(s.Sym("a", 0), s.Sym("b", 0));
        Assert.Equal(Universe.Error, s.Sym("err", 0)!.Type);
    }

    [Fact]
    public void Params_named_results_receivers_and_labels_bind()
    {
        using var s = Snippet.Load("""
            package main

            type Q struct{ ch chan int }

            func (q *Q) Drain(limit int) (n int) {
            outer:
            	for {
            		select {
            		case v, ok := <-q.ch:
            			if !ok {
            				break outer
            			}
            			n += v
            		}
            		if n > limit {
            			continue outer
            		}
            	}
            	return n
            }
            """);
        var q = Assert.IsType<VarSymbol>(s.Sym("q", 0));
        Assert.Equal(VarKind.Receiver, q.Kind);
        Assert.Same(q, s.Sym("q", 1));
        Assert.Equal(VarKind.Param, Assert.IsType<VarSymbol>(s.Sym("limit")).Kind);
        var n = Assert.IsType<VarSymbol>(s.Sym("n"));
        Assert.Equal(VarKind.Result, n.Kind);
        Assert.Same(n, s.Sym("n", 3));
        var label = Assert.IsType<LabelSymbol>(s.Sym("outer", 0));
        Assert.Same(label, s.Sym("outer", 1));
        Assert.Same(label, s.Sym("outer", 2));
        Assert.Equal(BasicType.Int, s.Sym("v")!.Type);
        Assert.Equal(BasicType.Bool, s.Sym("ok")!.Type);
        var method = Assert.IsType<FuncSymbol>(s.Sym("Drain"));
        Assert.True(method.IsMethod && method.PointerReceiver);
        Assert.Equal("Q", method.Receiver!.Name);
    }

    [Fact]
    public void Type_switch_declares_one_symbol_per_clause_with_the_clause_type()
    {
        using var s = Snippet.Load("""
            package main

            func classify(x any) int {
            	switch v := x.(type) {
            	case int:
            		return v
            	case string, bool:
            		_ = v
            	}
            	return 0
            }
            """);
        var clauses = s.All<CaseClause>();
        var first = s.Info.ImplicitOf(clauses[0]);
        var second = s.Info.ImplicitOf(clauses[1]);
        Assert.NotNull(first);
        Assert.NotNull(second);
        Assert.NotSame(first, second);
        Assert.Equal(BasicType.Int, first!.Type);
        Assert.IsType<InterfaceType>(second!.Type);
        Assert.Same(first, s.Sym("v", 1));
        Assert.Same(second, s.Sym("v", 2));
    }

    [Fact]
    public void Package_level_names_are_visible_before_their_declaration_and_across_files()
    {
        using var s = Snippet.LoadFiles(
            ("a.go", "package p\n\nfunc A() int { return limit + B() }\n"),
            ("b.go", "package p\n\nconst limit = 3\n\nfunc B() int { return limit }\n"));
        Assert.Empty(s.Program.BindingErrors);
        Assert.IsType<ConstSymbol>(s.Sym("limit", 0));
        Assert.Same(s.Sym("B", 0), s.Sym("B", 1));
    }

    [Fact]
    public void Predeclared_names_can_be_shadowed()
    {
        using var s = Snippet.Load("""
            package main

            func main() {
            	len := 3
            	_ = len
            	var c = cap(make([]int, 2))
            	_ = c
            }
            """);
        Assert.IsType<VarSymbol>(s.Sym("len", 1));
        Assert.IsType<BuiltinSymbol>(s.Sym("cap"));
        Assert.Empty(s.Program.BindingErrors);
    }

    [Fact]
    public void Undefined_names_are_reported_as_binding_errors_not_exceptions()
    {
        using var s = Snippet.Load("""
            package main

            func main() {
            	nothere(1)
            }
            """);
        var e = Assert.Single(s.Program.BindingErrors);
        Assert.Equal("undefined: nothere", e.Message);
        Assert.Equal(4, e.Line);
        Assert.Equal(2, e.Column);
    }

    [Fact]
    public void Generic_type_parameters_bind_in_functions_and_methods()
    {
        using var s = Snippet.Load("""
            package main

            type Box[T any] struct{ items chan T }

            func (b *Box[T]) Put(v T) { b.items <- v }

            func Send[E any](ch chan E, v E) { ch <- v }
            """);
        Assert.Empty(s.Program.BindingErrors);
        Assert.IsType<TypeParamType>(s.Sym("T", 2)!.Type);
        var ch = Assert.IsType<ChanType>(s.TypeOfId("ch", 0));
        Assert.IsType<TypeParamType>(ch.Elem);
        var items = Assert.IsType<ChanType>(s.Info.TypeOf(s.All<SelectorExpr>().Single(x => x.Sel.Name == "items")));
        Assert.IsType<TypeParamType>(items.Elem);
    }
}
