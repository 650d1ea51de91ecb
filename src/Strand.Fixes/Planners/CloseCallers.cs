using Strand.Analysis.Findings;
using Strand.Fixes.Editing;
using Strand.Fixes.Syntax;
using Strand.Syntax.Ast;
using Strand.Syntax.Tokens;

namespace Strand.Fixes.Planners;

/// <summary>
/// Once a type gets a <c>Close</c> method, the callers in the file that drop what its constructor
/// returns must call it: <c>x := NewT()</c> gets <c>defer x.Close()</c> on the next line, and a
/// bare <c>NewT()</c> statement becomes <c>defer NewT().Close()</c>. Callers where x is returned,
/// stored, sent, captured by a goroutine or already closed are left alone (they hand the object
/// on), and so are calls inside loops (a defer there would wait for the whole function).
/// </summary>
internal static class CloseCallers
{
    public static List<TextEdit> Edits(SourceDocument document, string constructor)
    {
        var edits = new List<TextEdit>();
        foreach (var decl in document.File.Decls.OfType<FuncDecl>())
        {
            if (decl.Body is null || decl.Name.Name == constructor)
            {
                continue;
            }
            foreach (var node in GoSyntax.DescendantsInFunction(decl.Body))
            {
                if (node is not Stmt statement || !IsCallTo(statement, constructor, out var variable) || InLoop(decl.Body, statement)
                    || !document.StartsLine(statement.Pos) || document.TrailingComment(statement.End) is null)
                {
                    continue;
                }
                if (variable is null)
                {
                    edits.Add(document.Insert(statement.Pos, "defer "));
                    edits.Add(document.Insert(statement.End, ".Close()"));
                }
                else if (!HandedOn(decl.Body, variable, statement))
                {
                    edits.Add(document.Insert(document.NextLineStart(statement.End), $"{document.IndentOf(statement.Pos)}defer {variable}.Close()\n"));
                }
            }
        }
        return edits;
    }

    private static bool IsCallTo(Stmt statement, string constructor, out string? variable)
    {
        variable = null;
        switch (statement)
        {
            case ExprStmt { X: CallExpr { Fun: Ident { Name: var f } } } when f == constructor:
                return true;
            case AssignStmt { Tok: Token.Define or Token.Assign, Lhs: [Ident { IsBlank: false } x], Rhs: [CallExpr { Fun: Ident { Name: var g } }] } when g == constructor:
                variable = x.Name;
                return true;
            default:
                return false;
        }
    }

    private static bool InLoop(BlockStmt body, Stmt statement) =>
        NodePath.To(body, statement.Pos, statement.End).Nodes.Any(n => n is ForStmt or RangeStmt or FuncLit);

    /// <summary>True when the variable is used other than as the receiver of a call or field access.</summary>
    private static bool HandedOn(BlockStmt body, string name, Stmt definition)
    {
        var selectors = GoSyntax.Descendants(body).OfType<SelectorExpr>().Select(s => s.X).ToHashSet();
        var closes = GoSyntax.Descendants(body).OfType<SelectorExpr>().Any(s => s.X is Ident { Name: var n } && n == name && s.Sel.Name == "Close");
        return closes || GoSyntax.Descendants(body).OfType<Ident>()
            .Any(id => id.Name == name && !selectors.Contains(id) && !(id.Pos >= definition.Pos && id.End <= definition.End));
    }
}
