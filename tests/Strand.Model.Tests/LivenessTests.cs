using Strand.Model;
using Strand.Model.Ir;
using Strand.Semantics;
using Strand.Syntax.Ast;
using Xunit;

namespace Strand.Model.Tests;

/// <summary>Which variables may still be read: the explorer forgets the others, so a wrong answer here loses values it needs.</summary>
public sealed class LivenessTests
{
    private static (ProgramModel Model, FuncModel Fn) Function(string source, string name) => ModelHarness.Function(source, name);

    private static int Var(FuncModel fn, string name) =>
        fn.Code.SelectMany(Mentions).First(v => v.Name == name).Id;

    private static IEnumerable<Variable> Mentions(Instr instr) => instr switch
    {
        AssignInstr a => a.Targets.OfType<LVar>().Select(t => t.Var).Concat(a.Values.OfType<MVar>().Select(v => v.Var)),
        SendInstr s => new[] { s.Chan.Chan, s.Value }.OfType<MVar>().Select(v => v.Var),
        RecvInstr r => new[] { r.Chan.Chan }.OfType<MVar>().Select(v => v.Var),
        BranchInstr b => b.Cond is MBinary { X: MVar x } ? [x.Var] : [],
        _ => [],
    };

    private static int PcOf<T>(FuncModel fn, int nth = 0)
        where T : Instr => fn.Code.Select((instr, pc) => (instr, pc)).Where(x => x.instr is T).Skip(nth).First().pc;

    [Fact]
    public void A_variable_is_dead_after_its_last_read_and_live_before_it()
    {
        var (model, fn) = Function("""
            package p

            func f(n int, ch chan int) {
            	mode := 1
            	if n > 3 {
            		mode = 2
            	}
            	ch <- mode
            	<-ch
            }
            """, "f");
        var live = model.Liveness.Of(fn);
        Assert.False(live.KeepsAll);
        var mode = Var(fn, "mode");
        var ch = Var(fn, "ch");
        Assert.Contains(mode, live.LiveAt(PcOf<SendInstr>(fn)));
        Assert.DoesNotContain(mode, live.LiveAt(PcOf<RecvInstr>(fn)));
        Assert.Contains(ch, live.LiveAt(PcOf<RecvInstr>(fn)));
    }

    [Fact]
    public void A_variable_a_loop_reads_again_stays_live_through_the_loop()
    {
        var (model, fn) = Function("""
            package p

            func f(ch chan int) {
            	total := 0
            	for i := 0; i < 3; i++ {
            		<-ch
            		total = total + 1
            	}
            	ch <- total
            }
            """, "f");
        var total = Var(fn, "total");
        Assert.Contains(total, model.Liveness.Of(fn).LiveAt(PcOf<RecvInstr>(fn)));
    }

    [Fact]
    public void What_a_closure_mentions_is_live_where_it_is_made_and_kept_for_the_closure()
    {
        var (model, fn) = Function("""
            package p

            func f(ch chan int) {
            	limit := 5
            	done := false
            	go func() {
            		if !done {
            			ch <- limit
            		}
            	}()
            	<-ch
            }
            """, "f");
        var live = model.Liveness.Of(fn);
        var limit = Var(fn, "limit");
        Assert.Contains(limit, live.LiveAt(PcOf<GoInstr>(fn)));
        var lit = fn.Code.OfType<GoInstr>().Single().Callee is Callee.Value { Function: MClosure c } ? c.Lit : null;
        Assert.NotNull(lit);
        var mentioned = model.Liveness.Mentioned(lit!);
        Assert.NotNull(mentioned);
        Assert.Contains(limit, mentioned!.Value);
        Assert.Contains(Var(fn, "done"), mentioned.Value);
    }

    [Fact]
    public void Named_results_are_read_by_a_bare_return()
    {
        var (model, fn) = Function("""
            package p

            func f(ch chan int) (n int) {
            	n = 4
            	<-ch
            	return
            }
            """, "f");
        Assert.Contains(fn.Results.Single().Id, model.Liveness.Of(fn).LiveAt(PcOf<RecvInstr>(fn)));
    }
}
