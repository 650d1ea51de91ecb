using System.Collections.Immutable;
using Strand.Analysis.Engine;
using Strand.Analysis.Findings;
using Strand.Model;
using Strand.Model.Ir;
using Strand.Model.Lowering;
using Strand.Semantics;
using Strand.Syntax.Ast;

namespace Strand.Analysis.Checks;

/// <summary>ticker-leak: a ticker (time.Tick, or time.NewTicker never stopped) in a function that returns.</summary>
public sealed class TickerLeakCheck : IFunctionCheck
{
    public string Id => CheckIds.TickerLeak;

    public bool MayReport(FunctionShape shape) => shape.Calls("time.Tick") || shape.Calls("time.NewTicker");

    public IEnumerable<Finding> Run(FuncDecl decl, GoFile file, GoPackage package, ProgramModel model, SourceCache sources)
    {
        var findings = new List<Finding>();
        if (decl.Body is null || decl.Recv is null && decl.Name.Name == "main" && package.Name == "main")
        {
            return findings;
        }
        AstWalker.Inspect(decl.Body, n =>
        {
            if (n is not CallExpr call)
            {
                return true;
            }
            var path = StdCalls.PathOf(model.Info, call);
            if (path is not ("time.Tick" or "time.NewTicker"))
            {
                return true;
            }
            if (FunctionFlow.ModelHolding(model, decl, call) is not { } fm)
            {
                return true;
            }
            var at = FunctionFlow.InstrAt(fm, call);
            // a range over the ticker's own channel never ends: its exit edge is not a way out
            if (call.Args.Length == 1 && model.Info.ConstantInt(call.Args[0]) is <= 0)
            {
                return true; // a non-positive period starts no ticker
            }
            var body0 = fm.Decl is FuncLit lit0 ? (Node)lit0.Body : decl.Body;
            var holder = FunctionFlow.StatementHolding(body0, call) is AssignStmt { Lhs: [Ident hv] } && model.Info.SymbolOf(hv) is { } hs ? hs : null;
            bool Follow(Instr i, int edge) => !(edge == 1 && i is BranchInstr { Site: RangeStmt r }
                && (r.X.Pos <= call.Pos && r.X.End >= call.End || holder is not null && r.X is Ident rx && ReferenceEquals(model.Info.SymbolOf(rx), holder)));
            if (at < 0 || FunctionFlow.ExitAvoiding(fm, at, _ => false, Follow) is null)
            {
                return true; // the function never returns after it: the ticker lives as long as the loop
            }
            var body = fm.Decl is FuncLit lit ? (Node)lit.Body : decl.Body;
            var stmt = FunctionFlow.StatementHolding(body, call);
            if (path == "time.Tick")
            {
                if (stmt is AssignStmt or DeclStmt && Escapes(body, stmt, model.Info))
                {
                    return true;
                }
                findings.Add(FunctionChecks.Simple(Id,
                    $"time.Tick makes a ticker that can never be stopped, and {fm.Name} returns: the ticker keeps running (and before Go 1.23 is never collected); use time.NewTicker and defer its Stop",
                    file, call));
                return true;
            }
            // NewTicker: the variable it is stored in must be stopped, unless it escapes.
            if (stmt is not AssignStmt { Lhs: [Ident v], Rhs: [var rhs] } a || !ReferenceEquals(Unparen(rhs), call) || model.Info.SymbolOf(v) is not VarSymbol { Kind: VarKind.Local } sym)
            {
                return true;
            }
            if (Stopped(body, sym, model.Info) || Escapes(body, stmt, model.Info))
            {
                return true;
            }
            var indent = sources.Indent(file.Path, a.Pos);
            var fixes = sources.Bytes(file.Path) is null
                ? ImmutableArray<SuggestedFix>.Empty
                : [new SuggestedFix($"stop the ticker when {fm.Name} returns: defer {v.Name}.Stop()", [new TextEdit(Positions.Span(file, a.End, a.End), a.End, a.End, $"\n{indent}defer {v.Name}.Stop()")])];
            findings.Add(FunctionChecks.Simple(Id,
                $"the ticker {v.Name} is never stopped, and {fm.Name} returns: it keeps ticking (and before Go 1.23 is never collected); defer {v.Name}.Stop()",
                file, call, new NamedObject(v.Name, Positions.Span(file, v)), fixes));
            return true;
        });
        return findings;
    }

    private static Expr Unparen(Expr e) => e is ParenExpr p ? Unparen(p.X) : e;

    /// <summary>True when some <c>x.Stop()</c> with x the variable appears in the function (literals included).</summary>
    private static bool Stopped(Node body, Symbol sym, TypeInfo info)
    {
        var found = false;
        AstWalker.Inspect(body, n =>
        {
            if (n is CallExpr { Fun: SelectorExpr { X: Ident x, Sel.Name: "Stop" } } && ReferenceEquals(info.SymbolOf(x), sym))
            {
                found = true;
            }
            return !found;
        });
        return found;
    }

    /// <summary>True when the variable defined by <paramref name="stmt"/> is used other than as x.C, x.Reset or x.Stop.</summary>
    private static bool Escapes(Node body, Stmt stmt, TypeInfo info)
    {
        var defined = new HashSet<Symbol>(ReferenceEqualityComparer.Instance);
        if (stmt is AssignStmt a)
        {
            foreach (var l in a.Lhs)
            {
                if (l is Ident id && info.SymbolOf(id) is { } s)
                {
                    defined.Add(s);
                }
                else
                {
                    return true; // stored in a field or element
                }
            }
        }
        else
        {
            return true;
        }
        var escapes = false;
        AstWalker.Inspect(body, n =>
        {
            if (escapes)
            {
                return false;
            }
            if (n is SelectorExpr { X: Ident x, Sel.Name: "C" or "Reset" or "Stop" } && defined.Contains(info.SymbolOf(x)!))
            {
                return false;
            }
            if (n is Ident id && info.SymbolOf(id) is { } s && defined.Contains(s) && !info.IsDefinition(id))
            {
                // a plain use: ranged or received from directly is fine, anything else may hand it on
                escapes = !UsedAsChannel(body, id);
            }
            return true;
        });
        return escapes;
    }

    private static bool UsedAsChannel(Node body, Ident id)
    {
        var ok = false;
        AstWalker.Inspect(body, n =>
        {
            if (ok || n.Pos > id.Pos || n.End < id.End)
            {
                return false;
            }
            if (n is RangeStmt r && ReferenceEquals(r.X, id) || n is UnaryExpr { Op: Strand.Syntax.Tokens.Token.Arrow } u && ReferenceEquals(u.X, id))
            {
                ok = true;
            }
            return true;
        });
        return ok;
    }
}
