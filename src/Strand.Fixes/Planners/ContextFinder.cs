using Strand.Fixes.Syntax;
using Strand.Syntax.Ast;
using Strand.Syntax.Tokens;

namespace Strand.Fixes.Planners;

/// <summary>
/// Finds a <c>context.Context</c> in scope at a position, syntactically: a parameter of an
/// enclosing function, or a local made by <c>context.WithCancel/WithTimeout/WithDeadline</c>
/// earlier in an enclosing block. (Background and TODO contexts are never done: not offered.)
/// </summary>
public static class ContextFinder
{
    private static readonly HashSet<string> Cancellable = ["WithCancel", "WithTimeout", "WithDeadline", "WithCancelCause", "WithTimeoutCause", "WithDeadlineCause"];

    public static string? Find(GoFile file, NodePath path)
    {
        var contextName = GoSyntax.ImportName(file, "context");
        if (contextName is null)
        {
            return null;
        }
        for (var i = path.Nodes.Length - 1; i >= 0; i--)
        {
            switch (path.Nodes[i])
            {
                case BlockStmt block when i + 1 < path.Nodes.Length:
                    var inner = path.Nodes[i + 1];
                    foreach (var statement in block.List.TakeWhile(s => s.End <= inner.Pos).Reverse())
                    {
                        if (statement is AssignStmt { Tok: Token.Define or Token.Assign } assign && assign.Rhs.Length == 1
                            && GoSyntax.Unparen(assign.Rhs[0]) is CallExpr { Fun: SelectorExpr { X: Ident pkg, Sel: var fn } }
                            && pkg.Name == contextName && Cancellable.Contains(fn.Name)
                            && assign.Lhs.Length >= 1 && assign.Lhs[0] is Ident { IsBlank: false } ctx)
                        {
                            return ctx.Name;
                        }
                    }
                    break;
                case FuncLit lit when Param(file, lit.Type) is { } p:
                    return p;
                case FuncDecl decl when Param(file, decl.Type) is { } p:
                    return p;
            }
        }
        return null;
    }

    private static string? Param(GoFile file, FuncType type) =>
        type.Params.List.Where(f => GoSyntax.IsContextType(file, f.Type))
            .SelectMany(f => f.Names).FirstOrDefault(n => !n.IsBlank)?.Name;
}
