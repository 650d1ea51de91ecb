using Strand.Semantics.Tests.Support;
using Xunit;

namespace Strand.Semantics.Tests;

public class RobustnessTests
{
    [Fact]
    public void Very_deep_nesting_neither_overflows_nor_throws()
    {
        const int depth = 30_000;
        var expr = new string('(', depth) + "1" + new string(')', depth);
        var blocks = string.Concat(Enumerable.Repeat("{\n", 5_000)) + string.Concat(Enumerable.Repeat("}\n", 5_000));
        var consts = string.Join("\n", Enumerable.Range(1, 3_000).Select(i => $"const c{i} = c{i - 1} + 1"));
        using var s = Snippet.Load($"package main\n\nconst c0 = 0\n{consts}\n\nfunc main() {{\n\tx := {expr}\n\t_ = x\n\t{blocks}}}\n");
        Assert.DoesNotContain(s.Program.Errors, e => e.Message.StartsWith("internal", StringComparison.Ordinal));
        Assert.Equal(3_000, s.Info.ConstantInt(s.Id("c3000")));
    }

    [Fact]
    public void Odd_but_valid_declarations_do_not_throw()
    {
        using var s = Snippet.Load("""
            package main

            import . "strings"
            import _ "embed"

            type (
            	Alias = map[string]chan<- func() (int, error)
            	Gen[K comparable, V any] map[K]V
            	Num interface{ ~int | ~int64 | float64 }
            	Chans[C ~chan E, E any] struct{ c C }
            )

            var _ = ToUpper
            var a, b = func() (int, string) { return 1, "" }()

            func Sum[T Num](xs ...T) (t T) {
            	for _, x := range xs {
            		t += x
            	}
            	return
            }

            func (c Chans[C, E]) Recv() E { return <-c.c }

            func iter(yield func(int, string) bool) {}

            func main() {
            	for i := range 10 {
            		_ = i
            	}
            	for k, v := range iter {
            		_, _ = k, v
            	}
            	m := Gen[string, int]{"a": 1}
            	_ = Sum(1, 2, 3)
            	_ = Sum[int64]()
            	var al Alias
            	al["x"] <- func() (int, error) { return 0, nil }
            	ch := Chans[chan int, int]{c: make(chan int)}
            	got := ch.Recv()
            	_, _, _, _ = m, a, b, got
            	goto end
            end:
            }
            """);
        Assert.Empty(s.Program.Errors);
        Assert.Empty(s.Program.BindingErrors);
        Assert.Equal(BasicType.Int, s.TypeOfId("got"));
        Assert.Equal(BasicType.Int, s.TypeOfId("i"));
        Assert.Equal(BasicType.String, s.TypeOfId("v"));
        Assert.Equal(BasicType.String, s.TypeOfId("b"));
    }
}
