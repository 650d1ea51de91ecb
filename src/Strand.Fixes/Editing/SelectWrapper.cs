using Strand.Analysis.Findings;
using Strand.Fixes.Syntax;
using Strand.Syntax.Ast;
using Strand.Syntax.Tokens;

namespace Strand.Fixes.Editing;

/// <summary>
/// Turns a blocking send or receive statement into a <c>select</c> with one more case that lets the
/// goroutine leave. A receive nested in a statement (<c>fmt.Println(&lt;-ch)</c>, <c>return &lt;-ch</c>)
/// becomes the case <c>v := &lt;-ch</c> followed by the statement using <c>v</c>. When the statement
/// declares names used further down its block, the rest of the block moves into the case
/// (re-indented by one tab), because the names would not be visible otherwise.
/// </summary>
public static class SelectWrapper
{
    /// <param name="receive">The blocked receive when it is nested in <paramref name="statement"/>; null for a send or receive statement.</param>
    /// <param name="escape">The extra case: its header line first (<c>case &lt;-ctx.Done():</c>), then body lines.</param>
    public static TextEdit? Wrap(SourceDocument document, Stmt statement, BlockStmt block, UnaryExpr? receive,
        IReadOnlyList<string> escape, out string reason)
    {
        reason = "";
        var comment = document.TrailingComment(statement.End);
        if (!document.StartsLine(statement.Pos) || comment is null)
        {
            reason = "the blocking statement shares its line with other code";
            return null;
        }
        var indent = document.IndentOf(statement.Pos);
        var declared = new HashSet<string>(StringComparer.Ordinal);
        if (statement is AssignStmt { Tok: Token.Define } define)
        {
            declared.UnionWith(define.Lhs.OfType<Ident>().Where(i => !i.IsBlank).Select(i => i.Name));
        }
        string operation;
        string? body = null;
        if (receive is null)
        {
            operation = document.Text(statement);
        }
        else
        {
            var function = NodePath.To(document.File, statement.Pos, statement.End).Function();
            var name = FreshName(function?.Body ?? (Node)block);
            operation = $"{name} := {document.Text(receive)}";
            var text = document.Text(statement.Pos, receive.Pos) + name + document.Text(receive.End, statement.End);
            body = indent + "\t" + AddTab(text, firstLine: false).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
        }
        var rest = block.List.SkipWhile(s => s != statement).Skip(1).Where(s => s is not EmptyStmt { Implicit: true }).ToList();
        var moveRest = declared.Count > 0 && GoSyntax.Mentions(rest, declared);
        var escapeText = string.Concat(escape.Select(line => $"{indent}{line}\n"));
        var trailing = comment.Length > 0 ? " " + comment : "";
        if (!moveRest)
        {
            // The statement's trailing comment, if any, follows its operation onto the case line.
            var end = document.NextLineStart(statement.End);
            if (body is null)
            {
                return document.Edit(statement.Pos, end, $"select {{\n{indent}case {operation}:{trailing}\n{escapeText}{indent}}}\n");
            }
            return document.Edit(statement.Pos, end, $"select {{\n{indent}case {operation}:{trailing}\n{body}{escapeText}{indent}}}\n");
        }
        if (block.Rbrace == Node.NoPos || !document.StartsLine(block.Rbrace))
        {
            reason = "the block's closing brace is not on its own line";
            return null;
        }
        if (GoSyntax.HasBareBreak(rest))
        {
            reason = "the code after the receive has a break that a select case would capture";
            return null;
        }
        if (rest.SelectMany(GoSyntax.Descendants).Any(n => n is LabeledStmt || (n is BasicLit { Kind: Token.String } s && s.Value.StartsWith('`') && s.Value.Contains('\n'))))
        {
            reason = "the code after the receive has labels or multi-line raw strings";
            return null;
        }
        var moveStart = document.NextLineStart(statement.End);
        var moveEnd = document.LineStartOf(block.Rbrace);
        var moved = AddTab(document.Text(moveStart, moveEnd), firstLine: true).Replace("\r\n", "\n", StringComparison.Ordinal);
        var wrapped = $"select {{\n{escapeText}{indent}case {operation}:{(body is null ? trailing : "")}\n{body}{moved}{indent}}}\n";
        return document.Edit(statement.Pos, moveEnd, wrapped);
    }

    /// <summary>The receive inside <paramref name="statement"/>, when it is the only one and moving it first keeps the order of calls.</summary>
    public static UnaryExpr? NestedReceive(Stmt statement, out string reason)
    {
        reason = "";
        var receives = GoSyntax.DescendantsInFunction(statement).OfType<UnaryExpr>().Where(u => u.Op == Token.Arrow).ToList();
        if (receives.Count != 1)
        {
            reason = "the blocked receive is not the only one in its statement";
            return null;
        }
        var receive = receives[0];
        // Calls evaluated before the receive today would run after it: only the calls that take
        // the received value (the receive's ancestors) may appear besides it.
        var ancestors = NodePath.To(statement, receive.Pos, receive.End).Nodes;
        var otherCalls = GoSyntax.DescendantsInFunction(statement).OfType<CallExpr>()
            .Where(c => !ancestors.Contains(c) && !(c.Pos >= receive.Pos && c.End <= receive.End));
        if (otherCalls.Any() || statement is not (ExprStmt or ReturnStmt or AssignStmt or SendStmt or IncDecStmt))
        {
            reason = "the statement around the blocked receive does other work that would change order";
            return null;
        }
        return receive;
    }

    private static string FreshName(Node scope)
    {
        var used = GoSyntax.Descendants(scope).OfType<Ident>().Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
        return new[] { "v", "received", "value", "got" }.FirstOrDefault(n => !used.Contains(n)) ?? "strandReceived";
    }

    /// <summary>One more tab on every non-blank line (optionally not the first), line endings kept.</summary>
    private static string AddTab(string text, bool firstLine)
    {
        var lines = text.Split('\n');
        for (var i = firstLine ? 0 : 1; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length > 0)
            {
                lines[i] = "\t" + lines[i];
            }
        }
        return string.Join('\n', lines);
    }
}
