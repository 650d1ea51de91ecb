using Strand.Syntax.Ast;
using Xunit;

namespace Strand.Model.Tests;

/// <summary>Tests and init functions that cannot start a goroutine are skipped, so "cannot" must never be wrong.</summary>
public sealed class GoroutineReachTests
{
    private const string Source = """
        package p

        import "sync"

        type starter interface{ run() }

        type quiet struct{}

        func (quiet) run() {}

        type loud struct{}

        func (loud) run() { go func() {}() }

        var once sync.Once

        func deep1() { deep2() }
        func deep2() { deep3() }
        func deep3() { deep4() }
        func deep4() { go deep1() }

        func even(n int) bool {
        	if n == 0 {
        		return true
        	}
        	return odd(n - 1)
        }

        func odd(n int) bool {
        	if n == 0 {
        		return false
        	}
        	return even(n - 1)
        }

        func ping(n int) { pong(n) }
        func pong(n int) {
        	if n > 3 {
        		go func() {}()
        	}
        	ping(n + 1)
        }

        func startLater() { go func() {}() }

        func PureCycle()       { _ = even(4) }
        func DeepChain()       { deep1() }
        func CycleWithGo()     { ping(0) }
        func ThroughValue(f func()) { f() }
        func Literal()         { func() { _ = odd(2) }() }
        func Interface(s starter) { s.run() }
        func OnceNamed()       { once.Do(startLater) }
        func OnceLiteral()     { once.Do(func() { _ = even(1) }) }
        func Deferred()        { defer startLater() }
        """;

    private static bool CanStart(string name)
    {
        var (model, program) = ModelHarness.Load(Source);
        var decl = program.Packages.SelectMany(p => p.Files).SelectMany(f => f.Decls).OfType<FuncDecl>().Single(d => d.Name.Name == name);
        return model.GoroutineReach.CanStart(decl);
    }

    [Theory]
    [InlineData("DeepChain")] // four calls down, beyond the entry finder's own depth
    [InlineData("CycleWithGo")] // inside a cycle of calls
    [InlineData("ThroughValue")] // an unknown function value may start one
    [InlineData("Interface")] // one visible implementation starts one
    [InlineData("OnceNamed")] // the function Once.Do runs
    [InlineData("Deferred")]
    public void A_function_that_may_start_a_goroutine_is_found(string name) => Assert.True(CanStart(name));

    [Theory]
    [InlineData("PureCycle")]
    [InlineData("Literal")]
    [InlineData("OnceLiteral")]
    public void A_function_that_cannot_is_found_too(string name) => Assert.False(CanStart(name));

    [Fact]
    public void The_answers_do_not_depend_on_the_order_of_questions()
    {
        var (model, program) = ModelHarness.Load(Source);
        var decls = program.Packages.SelectMany(p => p.Files).SelectMany(f => f.Decls).OfType<FuncDecl>().ToList();
        var forward = decls.Where(d => d.Recv is null).ToDictionary(d => d.Name.Name, d => model.GoroutineReach.CanStart(d));
        var (model2, program2) = ModelHarness.Load(Source);
        var backward = program2.Packages.SelectMany(p => p.Files).SelectMany(f => f.Decls).OfType<FuncDecl>().Where(d => d.Recv is null).Reverse()
            .ToDictionary(d => d.Name.Name, d => model2.GoroutineReach.CanStart(d));
        Assert.Equal(forward.OrderBy(x => x.Key), backward.OrderBy(x => x.Key));
        Assert.True(forward["pong"]);
        Assert.True(forward["ping"]);
        Assert.False(forward["even"]);
        Assert.False(forward["odd"]);
    }
}
