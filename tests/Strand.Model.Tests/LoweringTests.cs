using Strand.Model;
using Strand.Model.Ir;
using Strand.Semantics;
using Strand.Syntax.Ast;
using Xunit;

namespace Strand.Model.Tests;

/// <summary>Function bodies lowered to control-flow graphs of the operations that matter for blocking.</summary>
public sealed class LoweringTests
{
    private static (ProgramModel Model, GoProgram Program) Load(string source) => ModelHarness.Load(source);

    private static FuncModel Function(string source, string name) => ModelHarness.Function(source, name).Fn;

    [Fact]
    public void Channel_operations_become_instructions()
    {
        var fm = Function("""
            package p

            func f(in chan int, quit chan struct{}) int {
            	out := make(chan int, 2)
            	go func() { out <- <-in }()
            	for v := range in {
            		_ = v
            	}
            	select {
            	case x := <-out:
            		return x
            	case <-quit:
            	default:
            	}
            	close(out)
            	return 0
            }
            """, "f");
        Assert.Single(fm.Code.OfType<GoInstr>());
        Assert.Single(fm.Code.OfType<RecvInstr>(), r => r.Form == RecvForm.Range && r.Chan.Text == "in");
        var sel = Assert.Single(fm.Code.OfType<SelectInstr>());
        Assert.True(sel.HasDefault);
        Assert.Equal(3, sel.Next.Length);
        Assert.Equal("out", Assert.Single(fm.Code.OfType<CloseInstr>()).Chan.Text);
        var make = fm.Code.OfType<AssignInstr>().SelectMany(a => a.Values).OfType<MMakeChan>().Single();
        Assert.Equal(new MInt(2), make.Capacity);
    }

    [Fact]
    public void Receives_inside_expressions_are_hoisted_before_the_call()
    {
        var (model, program) = Load("""
            package p

            func use(int) {}

            func g(in chan int) {
            	use(<-in)
            }
            """);
        var decl = program.Packages.SelectMany(p => p.Files).SelectMany(f => f.Decls).OfType<FuncDecl>().Single(d => d.Name.Name == "g");
        var fm = model.Function(decl)!;
        var recv = fm.Code.ToList().FindIndex(i => i is RecvInstr);
        var call = fm.Code.ToList().FindIndex(i => i is CallInstr);
        Assert.True(recv >= 0 && call > recv);
        Assert.Equal(call, fm.Code[recv].Next[0]);
    }

    [Fact]
    public void Labelled_break_leaves_the_outer_loop_and_goto_jumps()
    {
        var fm = Function("""
            package p

            func h(a, b chan int) {
            outer:
            	for {
            		for {
            			select {
            			case <-a:
            				break outer
            			case <-b:
            				goto done
            			}
            		}
            	}
            done:
            	close(a)
            }
            """, "h");
        var sel = Assert.Single(fm.Code.OfType<SelectInstr>());
        // both cases reach the close without passing the select again
        foreach (var start in sel.Next)
        {
            Assert.True(Reaches(fm, start, i => i is CloseInstr, i => i is SelectInstr));
        }
    }

    [Fact]
    public void Inert_helpers_are_recognised()
    {
        var (model, program) = Load("""
            package p

            import "strings"

            func clean(s string) string { return strings.TrimSpace(s) }

            func send(c chan int) { c <- 1 }
            """);
        var decls = program.Packages.SelectMany(p => p.Files).SelectMany(f => f.Decls).OfType<FuncDecl>().ToDictionary(d => d.Name.Name);
        Assert.True(model.Inert.IsInert(model.Function(decls["clean"])!));
        Assert.False(model.Inert.IsInert(model.Function(decls["send"])!));
    }

    private static bool Reaches(FuncModel fm, int from, Func<Instr, bool> target, Func<Instr, bool> avoid)
    {
        var seen = new HashSet<int>();
        var work = new Stack<int>([from]);
        while (work.Count > 0)
        {
            var i = work.Pop();
            if (!seen.Add(i))
            {
                continue;
            }
            if (target(fm.Code[i]))
            {
                return true;
            }
            if (avoid(fm.Code[i]))
            {
                continue;
            }
            foreach (var n in fm.Code[i].Next)
            {
                work.Push(n);
            }
        }
        return false;
    }
}
