using Strand.Model;
using Strand.Model.Ir;
using Strand.Semantics;
using Strand.Syntax.Ast;

namespace Strand.Analysis.Checks;

/// <summary>Small data-flow helpers over a lowered function, for the function-local checks.</summary>
internal static class FunctionFlow
{
    /// <summary>The lowered function (decl or literal) whose body directly holds <paramref name="node"/>.</summary>
    public static FuncModel? ModelHolding(ProgramModel model, FuncDecl decl, Node node)
    {
        Node owner = decl;
        AstWalker.Inspect(decl, n =>
        {
            if (n.Pos > node.Pos || n.End < node.End)
            {
                return false;
            }
            if (n is FuncLit)
            {
                owner = n;
            }
            return true;
        });
        var top = model.Function(decl);
        return owner is FuncLit lit ? model.Function(lit) : top;
    }

    /// <summary>Index of the first instruction whose site encloses <paramref name="node"/> (the innermost).</summary>
    public static int InstrAt(FuncModel fm, Node node)
    {
        var best = -1;
        var bestLen = int.MaxValue;
        for (var i = 0; i < fm.Code.Length; i++)
        {
            var s = fm.Code[i].Site;
            if (s.Pos <= node.Pos && s.End >= node.End && s.End - s.Pos < bestLen && fm.Code[i] is not NopInstr)
            {
                best = i;
                bestLen = s.End - s.Pos;
            }
        }
        return best;
    }

    /// <summary>True when the instruction's syntax mentions <paramref name="symbol"/>.</summary>
    public static bool Mentions(Instr instr, Symbol symbol, TypeInfo info, Node? except = null)
    {
        if (instr is NopInstr or EndInstr)
        {
            return false; // labels carry the whole function as their site
        }
        var found = false;
        AstWalker.Inspect(instr.Site, n =>
        {
            if (found)
            {
                return false;
            }
            if (n is Ident id && !ReferenceEquals(id, except) && ReferenceEquals(info.SymbolOf(id), symbol))
            {
                found = true;
            }
            return true;
        });
        return found;
    }

    /// <summary>
    /// A return (or the end of the body) reachable from after instruction <paramref name="from"/>
    /// without passing an instruction for which <paramref name="stop"/> holds; null when none.
    /// </summary>
    public static Instr? ExitAvoiding(FuncModel fm, int from, Func<Instr, bool> stop, Func<Instr, int, bool>? follow = null)
    {
        var seen = new HashSet<int>();
        var work = new Stack<int>();
        foreach (var n in fm.Code[from].Next)
        {
            work.Push(n);
        }
        while (work.Count > 0)
        {
            var i = work.Pop();
            if (!seen.Add(i))
            {
                continue;
            }
            var instr = fm.Code[i];
            if (stop(instr))
            {
                continue;
            }
            if (instr is ReturnInstr or EndInstr)
            {
                return instr;
            }
            for (var k = 0; k < instr.Next.Length; k++)
            {
                if (follow is null || follow(instr, k))
                {
                    work.Push(instr.Next[k]);
                }
            }
        }
        return null;
    }

    /// <summary>Walks a function body without entering nested function literals.</summary>
    public static IEnumerable<Node> Shallow(Node body)
    {
        var list = new List<Node>();
        AstWalker.Inspect(body, n =>
        {
            if (n is FuncLit && !ReferenceEquals(n, body))
            {
                return false;
            }
            list.Add(n);
            return true;
        });
        return list;
    }

    /// <summary>The statement of <paramref name="body"/> that holds <paramref name="node"/> directly in a block.</summary>
    public static Stmt? StatementHolding(Node body, Node node)
    {
        Stmt? result = null;
        AstWalker.Inspect(body, n =>
        {
            if (n.Pos > node.Pos || n.End < node.End)
            {
                return false;
            }
            if (n is BlockStmt b)
            {
                foreach (var s in b.List)
                {
                    if (s.Pos <= node.Pos && s.End >= node.End)
                    {
                        result = s;
                    }
                }
            }
            return true;
        });
        return result;
    }
}
