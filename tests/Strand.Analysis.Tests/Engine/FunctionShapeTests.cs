using Strand.Analysis.Checks;
using Strand.Semantics;
using Strand.Syntax.Ast;
using Xunit;

namespace Strand.Analysis.Tests.Engine;

/// <summary>The one walk per function that decides which function checks run and feeds entry finding.</summary>
public sealed class FunctionShapeTests
{
    private static Dictionary<string, FunctionShape> Shapes(string source)
    {
        using var h = new EngineHarness();
        var program = ProgramLoader.Load([h.Write("shape.go", source)]);
        return program.Packages.SelectMany(p => p.Files).SelectMany(f => f.Decls).OfType<FuncDecl>()
            .ToDictionary(d => d.Name.Name, d => FunctionShape.Of(d.Body!, program.Info));
    }

    [Fact]
    public void Records_selects_standard_calls_go_statements_and_callees()
    {
        var shapes = Shapes("""
            package p

            import (
            	"context"
            	"time"
            )

            func helper() {}

            func waits(ch chan int) {
            	helper()
            	for {
            		select {
            		case <-ch:
            		case <-time.After(time.Second):
            		}
            	}
            }

            func parks() {
            	func() { select {} }()
            }

            func starts(ctx context.Context) {
            	ctx, cancel := context.WithCancel(ctx)
            	go func() { defer cancel(); <-ctx.Done() }()
            	helper()
            }
            """);
        var waits = shapes["waits"];
        Assert.True(waits.HasSelect);
        Assert.False(waits.HasEmptySelect);
        Assert.False(waits.HasGo);
        Assert.True(waits.Calls("time.After"));
        Assert.False(waits.Calls("time.Tick"));
        Assert.Equal(["helper"], waits.Callees.Select(d => d.Name.Name));

        var parks = shapes["parks"];
        Assert.True(parks.HasEmptySelect);
        Assert.Empty(parks.Callees);

        var starts = shapes["starts"];
        Assert.True(starts.HasGo);
        Assert.True(starts.Calls("context.WithCancel"));
        Assert.Empty(starts.Callees); // after the go statement entry finding needs no callees

        Assert.False(shapes["helper"].HasSelect || shapes["helper"].HasGo || shapes["helper"].Calls("time.After"));
    }
}
