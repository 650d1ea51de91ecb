using System.Collections.Immutable;
using Strand.Analysis.Findings;
using Strand.Semantics;
using Strand.Syntax.Ast;

namespace Strand.Analysis.Checks.Sync;

/// <summary>
/// <c>wg-add-in-goroutine</c> (staticcheck's SA2000 shape, followed through calls): a
/// <c>go</c> statement starts a function literal, or a function or method of the program, whose
/// body calls <c>wg.Add</c> among its top-level statements, while the function that contains
/// the <c>go</c> statement calls <c>Wait</c> on the same WaitGroup after it. The goroutine may
/// not have run yet when Wait looks at the counter, so Wait can return early. The WaitGroup is
/// matched through captured variables, the receiver and the arguments of the call.
/// </summary>
internal static class WaitGroupAddInGoroutineCheck
{
    public static IEnumerable<Finding> Run(SyncFunction starter)
    {
        var info = starter.Info;
        List<(CallExpr Call, Chain Wg)>? waits = null;
        foreach (var go in starter.GoStmts)
        {
            foreach (var (add, wg) in AddsInGoroutine(go, info))
            {
                waits ??= WaitsIn(starter);
                var wait = waits.FirstOrDefault(w => w.Call.Pos > go.End && w.Wg.Equals(wg) && !Inside(go, w.Call));
                if (wait.Call is not null)
                {
                    yield return Build(starter, go, add, wg, wait.Call);
                }
            }
        }
    }

    /// <summary>Every Wait in the starter, closers such as <c>go func() { wg.Wait(); close(ch) }()</c> included.</summary>
    private static List<(CallExpr Call, Chain Wg)> WaitsIn(SyncFunction starter)
    {
        var waits = new List<(CallExpr Call, Chain Wg)>();
        AstWalker.Inspect(starter.Body, n =>
        {
            if (n is CallExpr call && SyncCalls.WaitGroupCall(call, "Wait", starter.Info) is { } wg)
            {
                waits.Add((call, wg));
            }
            return true;
        });
        return waits;
    }

    private static bool Inside(Node outer, Node inner) => inner.Pos >= outer.Pos && inner.End <= outer.End;

    /// <summary>The Add calls at the top level of the started body, with their WaitGroup in the starter's terms.</summary>
    private static IEnumerable<(CallExpr Add, Chain Wg)> AddsInGoroutine(GoStmt go, TypeInfo info)
    {
        var (body, translate) = StartedBody(go, info);
        if (body is null)
        {
            yield break;
        }
        var done = new HashSet<Chain>();
        foreach (var stmt in body.List)
        {
            // A goroutine that calls Done before it adds was counted by its starter: its own
            // Adds (for goroutines it starts in turn) happen while the counter is above zero.
            if (DoneOf(stmt, info) is { } doneWg)
            {
                done.Add(doneWg);
            }
            if (stmt is ExprStmt { X: CallExpr call } && SyncCalls.WaitGroupCall(call, "Add", info) is { } wg
                && !done.Contains(wg) && translate(wg) is { } outer)
            {
                yield return (call, outer);
            }
        }
    }

    /// <summary>The WaitGroup of <c>wg.Done()</c> or <c>defer wg.Done()</c>, or null.</summary>
    private static Chain? DoneOf(Stmt stmt, TypeInfo info) => stmt switch
    {
        ExprStmt { X: CallExpr call } => SyncCalls.WaitGroupCall(call, "Done", info),
        DeferStmt d => SyncCalls.WaitGroupCall(d.Call, "Done", info),
        _ => null,
    };

    private static (BlockStmt? Body, Func<Chain, Chain?> Translate) StartedBody(GoStmt go, TypeInfo info)
    {
        var call = go.Call;
        if (call.Fun is FuncLit lit)
        {
            return (lit.Body, chain => chain); // captured variables are the starter's own
        }
        var function = info.ResolveCall(call) switch
        {
            CallTarget.StaticFunction f => f.Function,
            CallTarget.Method m => m.Function,
            _ => null,
        };
        if (function is not { Decl: { Body: { } body } decl } || function.Package is { IsStub: true })
        {
            return (null, _ => null);
        }
        var bindings = new Dictionary<VarSymbol, Expr>(ReferenceEqualityComparer.Instance);
        if (decl.Recv is { List: [{ Names: [var recvName] }, ..] } && call.Fun is SelectorExpr sel && info.SymbolOf(recvName) is VarSymbol recv)
        {
            bindings[recv] = sel.X;
        }
        var index = 0;
        foreach (var field in decl.Type.Params.List)
        {
            foreach (var name in field.Names)
            {
                if (index < call.Args.Length && info.SymbolOf(name) is VarSymbol param)
                {
                    bindings[param] = call.Args[index];
                }
                index++;
            }
        }
        return (body, chain =>
        {
            if (chain.Root.Kind == VarKind.Global)
            {
                return chain;
            }
            if (!bindings.TryGetValue(chain.Root, out var actual) || Chains.Of(actual, info) is not { } outer)
            {
                return null;
            }
            return new Chain(outer.Root, outer.Path + chain.Path, outer.Text + chain.Path);
        });
    }

    private static Finding Build(SyncFunction starter, GoStmt go, CallExpr add, Chain wg, CallExpr wait)
    {
        var file = starter.File;
        var addText = ((SelectorExpr)add.Fun).X is var x ? Chains.Of(x, starter.Info)?.Text ?? wg.Text : wg.Text;
        var addFile = FileOf(add, starter, go);
        var message =
            $"{addText}.Add is called inside the goroutine started at {Spans.At(file, go)}, while {starter.Name} waits on {wg.Text} " +
            $"at {Spans.At(file, wait)}: Wait can see a zero counter and return before the goroutine is counted; " +
            $"call {wg.Text}.Add before the go statement";
        return new Finding(
            CheckIds.WaitGroupAddInGoroutine,
            CheckCatalog.Find(CheckIds.WaitGroupAddInGoroutine).DefaultSeverity,
            message,
            Spans.Of(addFile, add),
            Spans.Of(file, go),
            new NamedObject(wg.Text, Spans.Of(file, wait)),
            [new RelatedLocation(Spans.Of(file, wait), $"{wg.Text}.Wait() may run before the Add")],
            [
                $"go statement at {Spans.At(file, go)} starts the goroutine",
                $"{wg.Text}.Wait() at {Spans.At(file, wait)} runs while the counter does not include it yet",
                $"{addText}.Add at {Spans.At(addFile, add)} comes too late",
            ],
            ImmutableArray<SuggestedFix>.Empty);
    }

    /// <summary>The file of the Add: the starter's, or the declaring file of the started function.</summary>
    private static GoFile FileOf(CallExpr add, SyncFunction starter, GoStmt go)
    {
        if (go.Call.Fun is FuncLit)
        {
            return starter.File;
        }
        var target = starter.Info.ResolveCall(go.Call) switch
        {
            CallTarget.StaticFunction f => f.Function,
            CallTarget.Method m => m.Function,
            _ => null,
        };
        return target?.File ?? starter.File;
    }
}
