using Strand.Analysis.Exploration;
using Strand.Analysis.Tests.Engine;
using Xunit;

namespace Strand.Analysis.Tests.Exploration;

/// <summary>
/// States that differ only in values nothing reads again are one state, and exploration of entries
/// the model had to cut stops sooner; neither may change what is found.
/// </summary>
public sealed class DeadVariablesTests
{
    // Two senders and a receiver: the interleavings are the same whatever the setup did before.
    private const string Workers = """
        	ch := make(chan int)
        	go func() { ch <- 1 }()
        	go func() { ch <- 2 }()
        	<-ch
        	<-ch
        }
        """;

    private const string Plain = "package p\n\nfunc Run(n int) {\n" + Workers;

    // The setup takes one of four paths, leaving a different value in label.
    private const string Setup = """
        package p

        func use(int) {}

        func Run(n int) {
        	label := 0
        	switch {
        	case n > 10:
        		label = 1
        	case n > 5:
        		label = 2
        	case n > 0:
        		label = 3
        	}

        """;

    // label is read once and then dead.
    private const string WithDeadSetup = Setup + "\tuse(label)\n" + Workers;

    // label is read after the workers: the four paths must stay apart.
    private const string WithLiveSetup = Setup + """
        	defer use(label + 0)
        	for label > 0 {
        		label--
        	}
        	ch := make(chan int)
        	go func() { ch <- 1 }()
        	go func() { ch <- 2 }()
        	<-ch
        	<-ch
        	use(label)
        }
        """;

    private static long States(string source)
    {
        using var h = new EngineHarness();
        var result = h.Run("run.go", source);
        Assert.Empty(result.Findings);
        return result.Stats["states"];
    }

    [Fact]
    public void A_value_read_for_the_last_time_does_not_multiply_the_states_after_it()
    {
        Assert.Equal(States(Plain), States(WithDeadSetup));
    }

    [Fact]
    public void A_value_still_read_later_keeps_its_paths_apart()
    {
        Assert.True(States(WithLiveSetup) > States(Plain));
    }

    [Fact]
    public void An_entry_the_model_had_to_cut_gets_the_smaller_budget()
    {
        // One path starts more goroutines than the model follows (a truncated state) while five
        // senders keep interleaving: without the smaller budget this runs to the exact one.
        const string source = """
            package p

            func Run(n int) {
            	ch := make(chan int)
            	for i := 0; i < 5; i++ {
            		go func() { ch <- 1 }()
            	}
            	go func() {
            		<-ch
            		if n > 0 {
            			for j := 0; j < 20; j++ {
            				go func() {}()
            			}
            		}
            	}()
            	for i := 0; i < 4; i++ {
            		<-ch
            	}
            }
            """;
        using var h = new EngineHarness();
        var exactOnly = h.Run("many.go", source, new ExploreBudget(MaxStates: 600, MaxStatesApproximate: 600, MaxStepsApproximate: 25_000));
        var approximate = h.Run("many.go", source, new ExploreBudget(MaxStates: 600, MaxStatesApproximate: 40, MaxStepsApproximate: 25_000));
        Assert.Equal(1, approximate.Stats["inconclusive"]);
        Assert.InRange(exactOnly.Stats["states"], 400, 700);
        Assert.InRange(approximate.Stats["states"], 41, 80); // the last expansion may add a few
    }
}
