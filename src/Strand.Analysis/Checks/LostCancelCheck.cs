using System.Collections.Immutable;
using Strand.Analysis.Engine;
using Strand.Analysis.Findings;
using Strand.Model;
using Strand.Model.Ir;
using Strand.Model.Lowering;
using Strand.Semantics;
using Strand.Syntax.Ast;

namespace Strand.Analysis.Checks;

/// <summary>
/// lost-cancel: the cancel function of context.WithCancel/WithTimeout/WithDeadline is discarded,
/// or some path returns without using it (as go vet's lostcancel).
/// </summary>
public sealed class LostCancelCheck : IFunctionCheck
{
    private static readonly HashSet<string> Makers = new(StringComparer.Ordinal)
    {
        "context.WithCancel", "context.WithTimeout", "context.WithDeadline", "context.WithCancelCause",
        "context.WithTimeoutCause", "context.WithDeadlineCause",
    };

    public string Id => CheckIds.LostCancel;

    public bool MayReport(FunctionShape shape) => Makers.Any(shape.Calls);

    public IEnumerable<Finding> Run(FuncDecl decl, GoFile file, GoPackage package, ProgramModel model, SourceCache sources)
    {
        var findings = new List<Finding>();
        if (decl.Body is null)
        {
            return findings;
        }
        AstWalker.Inspect(decl.Body, n =>
        {
            (ImmutableArray<Expr> lhs, Expr rhs)? assign = n switch
            {
                AssignStmt { Lhs.Length: 2, Rhs: [var r] } a => (a.Lhs, r),
                ValueSpec { Names.Length: 2, Values: [var r] } vs => ([.. vs.Names.Cast<Expr>()], r),
                _ => null,
            };
            if (assign is not { } x || x.rhs is not CallExpr call || StdCalls.PathOf(model.Info, call) is not { } path || !Makers.Contains(path))
            {
                return true;
            }
            var fn = path["context.".Length..];
            if (x.lhs[1] is Ident { IsBlank: true })
            {
                // a deadline frees its context when it passes; a plain WithCancel lives as long as its parent
                var lives = fn.StartsWith("WithCancel", StringComparison.Ordinal)
                    ? "the context stays alive until its parent is cancelled"
                    : "the context and its timer stay alive until the deadline passes or the parent is cancelled";
                findings.Add(FunctionChecks.Simple(Id,
                    $"the cancel function returned by context.{fn} is discarded: {lives}, and goroutines waiting on its Done() may never be released; keep it and defer it",
                    file, call));
                return true;
            }
            if (x.lhs[1] is not Ident id || model.Info.SymbolOf(id) is not VarSymbol { Kind: VarKind.Local } sym)
            {
                return true;
            }
            if (FunctionFlow.ModelHolding(model, decl, n) is not { } fm)
            {
                return true;
            }
            var at = FunctionFlow.InstrAt(fm, call);
            if (at < 0)
            {
                return true;
            }
            var exit = FunctionFlow.ExitAvoiding(fm, at, i => FunctionFlow.Mentions(i, sym, model.Info, id));
            if (exit is not null)
            {
                var line = file.Lines.Position(exit.Site.Pos).Line;
                var where = exit is EndInstr ? $"the end of the function (line {line})" : $"the return at line {line}";
                var f = FunctionChecks.Simple(Id,
                    $"the cancel function {id.Name} from context.{fn} is not called on every path: {where} is reached without it, so the context leaks (possible goroutine leak through its Done())",
                    file, call, new NamedObject(id.Name, Positions.Span(file, id)), Fix(file, n, id.Name, sources));
                findings.Add(f with { Related = [new RelatedLocation(Positions.Span(file, exit.Site), $"returns without calling {id.Name}")] });
            }
            return true;
        });
        return findings;
    }

    private static ImmutableArray<SuggestedFix> Fix(GoFile file, Node assign, string name, SourceCache sources)
    {
        var path = file.Path;
        if (assign is not AssignStmt a || sources.Bytes(path) is null)
        {
            return [];
        }
        var indent = sources.Indent(path, a.Pos);
        var text = $"\n{indent}defer {name}()";
        var span = Positions.Span(file, a.End, a.End);
        return [new SuggestedFix($"call {name} on every path: defer {name}() right after it is made", [new TextEdit(span, a.End, a.End, text)])];
    }
}
