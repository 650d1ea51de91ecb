using Strand.Model.Lowering;
using Strand.Semantics;
using Strand.Syntax.Ast;

namespace Strand.Model;

/// <summary>
/// Whether running a function can start a goroutine, following every call the model would follow
/// (declared functions and methods, the visible implementations of interface methods, the function a
/// modelled <c>sync.Once.Do</c> runs), at any depth. A call of a function value whose target is not
/// known counts as starting one. Tests and init functions that cannot start a goroutine are not
/// explored: only a started goroutine can be reported outside main, so exploring them finds nothing.
/// </summary>
/// <remarks>
/// Strongly connected components of the call graph (Tarjan, iterative: call chains can be deep) get
/// one answer each, so every function is walked once per program and the answers do not depend on
/// the order of questions. One instance serves every package (tests reach much of the same code);
/// questions from several threads take turns.
/// </remarks>
public sealed class GoroutineReach(TypeInfo info)
{
    /// <summary>What one function's own body does: starts a goroutine (or calls something unknown), and whom it calls.</summary>
    private sealed record Body(bool Starts, List<FuncDecl> Callees);

    private readonly Dictionary<FuncDecl, bool> _known = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<FuncDecl, Body> _bodies = new(ReferenceEqualityComparer.Instance);

    private readonly Lock _gate = new();

    public bool CanStart(FuncDecl root)
    {
        lock (_gate)
        {
            return Search(root);
        }
    }

    private bool Search(FuncDecl root)
    {
        if (_known.TryGetValue(root, out var known))
        {
            return known;
        }
        var index = new Dictionary<FuncDecl, int>(ReferenceEqualityComparer.Instance);
        var low = new Dictionary<FuncDecl, int>(ReferenceEqualityComparer.Instance);
        var sccStack = new Stack<FuncDecl>();
        var onScc = new HashSet<FuncDecl>(ReferenceEqualityComparer.Instance);
        var work = new Stack<(FuncDecl Fn, int Next)>();
        void Open(FuncDecl f)
        {
            index[f] = low[f] = index.Count;
            sccStack.Push(f);
            onScc.Add(f);
            work.Push((f, 0));
        }
        Open(root);
        while (work.Count > 0)
        {
            var (f, next) = work.Pop();
            var body = BodyOf(f);
            if (next < body.Callees.Count)
            {
                work.Push((f, next + 1));
                var c = body.Callees[next];
                if (_known.ContainsKey(c))
                {
                    continue;
                }
                if (!index.ContainsKey(c))
                {
                    Open(c);
                }
                else if (onScc.Contains(c))
                {
                    low[f] = Math.Min(low[f], index[c]);
                }
                continue;
            }
            if (low[f] == index[f])
            {
                // f roots a component: it starts a goroutine when any member does or calls one that does
                var members = new List<FuncDecl>();
                FuncDecl m;
                do
                {
                    m = sccStack.Pop();
                    onScc.Remove(m);
                    members.Add(m);
                }
                while (!ReferenceEquals(m, f));
                var starts = members.Any(x => BodyOf(x).Starts || BodyOf(x).Callees.Any(c => _known.TryGetValue(c, out var k) && k));
                foreach (var x in members)
                {
                    _known[x] = starts;
                }
            }
            if (work.Count > 0)
            {
                var parent = work.Peek().Fn;
                low[parent] = Math.Min(low[parent], low[f]);
            }
        }
        return _known[root];
    }

    private Body BodyOf(FuncDecl fd)
    {
        if (_bodies.TryGetValue(fd, out var known))
        {
            return known;
        }
        var starts = false;
        var callees = new List<FuncDecl>();
        if (fd.Body is not null)
        {
            AstWalker.Inspect(fd.Body, n =>
            {
                if (starts)
                {
                    return false;
                }
                switch (n)
                {
                    case GoStmt:
                        starts = true;
                        return false;
                    case CallExpr call:
                        foreach (var callee in Callees(call))
                        {
                            if (callee is null)
                            {
                                starts = true;
                                return false;
                            }
                            callees.Add(callee);
                        }
                        return true;
                    default:
                        return true;
                }
            });
        }
        var body = new Body(starts, starts ? [] : callees);
        _bodies[fd] = body;
        return body;
    }

    /// <summary>The declarations a call may run; a null element stands for "unknown, may start a goroutine".</summary>
    private IEnumerable<FuncDecl?> Callees(CallExpr call)
    {
        var std = StdCalls.PathOf(info, call);
        if (std is not null && StdNames.IsModeled(std))
        {
            switch (std)
            {
                case "time.AfterFunc" or "sync.WaitGroup.Go":
                    yield return null; // runs its function in a new goroutine
                    break;
                case "sync.Once.Do" when call.Args.Length == 1:
                    if (call.Args[0] is not FuncLit)
                    {
                        yield return FunctionNamed(call.Args[0]);
                    }
                    break;
                default:
                    break;
            }
            yield break;
        }
        switch (info.ResolveCall(call))
        {
            case CallTarget.StaticFunction { Function: var f } when Followed(f):
                yield return (FuncDecl)f.Decl!;
                break;
            case CallTarget.Method { Function: var f } when Followed(f):
                yield return (FuncDecl)f.Decl!;
                break;
            case CallTarget.InterfaceMethod im:
                foreach (var c in im.Candidates.Where(Followed))
                {
                    yield return (FuncDecl)c.Decl!;
                }
                break;
            case CallTarget.FuncValue fv when Unparen(fv.Value) is FuncLit:
                break; // an immediately called literal: its body is part of this one
            case CallTarget.FuncValue:
                yield return null;
                break;
            default:
                break;
        }
    }

    /// <summary>The declaration a function argument names (<c>f</c>, <c>x.m</c>), or null when it is not a plain name.</summary>
    private FuncDecl? FunctionNamed(Expr e) => Unparen(e) switch
    {
        Ident id when info.SymbolOf(id) is FuncSymbol f && Followed(f) => (FuncDecl)f.Decl!,
        SelectorExpr s when info.SymbolOf(s.Sel) is FuncSymbol f && Followed(f) => (FuncDecl)f.Decl!,
        _ => null,
    };

    private static bool Followed(FuncSymbol f) => f.Decl is FuncDecl { Body: not null } && f.StdPath is null && f.Package is { IsStub: false };

    private static Expr Unparen(Expr e)
    {
        while (e is ParenExpr p)
        {
            e = p.X;
        }
        return e;
    }
}
