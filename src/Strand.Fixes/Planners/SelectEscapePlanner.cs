using Strand.Analysis.Checks;
using Strand.Analysis.Findings;
using Strand.Fixes.Editing;
using Strand.Fixes.Syntax;
using Strand.Syntax.Ast;

namespace Strand.Fixes.Planners;

/// <summary>
/// Remedy 2, give up waiting: the blocked send or receive becomes a <c>select</c> with a case on
/// <c>ctx.Done()</c> when a cancellable context is in scope (returning <c>ctx.Err()</c> for an error
/// result), else on <c>time.After(strandTimeout)</c> with a named constant added once per file. A
/// blocked <c>select</c> without a default gets the same extra case.
/// Preconditions: the operation is a statement of its own line, directly in a block of a function.
/// </summary>
public sealed class SelectEscapePlanner : IFixPlanner
{
    public const string TimeoutConstant = "strandTimeout";

    public string Name => "select-escape";

    public IEnumerable<SuggestedFix> Plan(FixContext context)
    {
        var check = context.Finding.Check;
        if (check is not (CheckIds.ChanSendLeak or CheckIds.ChanRecvLeak or CheckIds.SelectLeak))
        {
            return context.Decline(Name, $"applies to blocked sends, receives and selects, not {check}");
        }
        var document = context.Document;
        var function = context.Path.Function();
        if (function is null)
        {
            return context.Decline(Name, "the blocked operation is not inside a function body");
        }
        var ctx = ContextFinder.Find(document.File, context.Path);
        var select = context.Path.Nearest<SelectStmt>();
        if (select is not null && function.Node.Pos < select.Pos)
        {
            return PlanSelect(context, select, function, ctx);
        }
        var statement = context.Path.StatementInBlock(out var block);
        if (statement is null || block is null)
        {
            return context.Decline(Name, "the blocked operation is not a statement in a block");
        }
        UnaryExpr? nested = null;
        // A send whose value is itself a blocked receive (out <- <-in) blocks in the receive.
        var blockedInValue = statement is SendStmt send && context.SpanStart >= send.Value.Pos;
        if ((statement is not SendStmt && GoSyntax.AsReceive(statement) is null) || blockedInValue)
        {
            nested = SelectWrapper.NestedReceive(statement, out var why);
            if (nested is null)
            {
                return context.Decline(Name, why);
            }
        }
        if (statement.Pos < function.Body.Pos)
        {
            return context.Decline(Name, "the blocked operation is not inside the function body");
        }
        var what = statement is SendStmt && nested is null ? "send" : "receive";
        var fixes = new List<SuggestedFix>();
        // The context first; a timeout too, in case re-analysis shows that context is never done.
        foreach (var escapeOn in ctx is null ? [null] : new[] { ctx, null })
        {
            var (escape, extra, title) = EscapeCase(document, function, escapeOn);
            var edit = SelectWrapper.Wrap(document, statement, block, nested, escape, out var reason);
            if (edit is null)
            {
                return context.Decline(Name, reason);
            }
            fixes.Add(new SuggestedFix($"select on {title} around the {what}", [.. extra, edit]));
        }
        return fixes;
    }

    private IEnumerable<SuggestedFix> PlanSelect(FixContext context, SelectStmt select, FunctionScope function, string? ctx)
    {
        var document = context.Document;
        var clauses = select.Body.List.OfType<CommClause>().ToList();
        if (clauses.Any(c => c.Comm is null))
        {
            return context.Decline(Name, "the select has a default case");
        }
        if (select.Body.Rbrace == Node.NoPos || !document.StartsLine(select.Body.Rbrace))
        {
            return context.Decline(Name, "the select's closing brace is not on its own line");
        }
        var indent = document.IndentOf(select.Body.Rbrace);
        var fixes = new List<SuggestedFix>();
        foreach (var escapeOn in ctx is null ? [null] : new[] { ctx, null })
        {
            var (escape, extra, title) = EscapeCase(document, function, escapeOn);
            var text = string.Concat(escape.Select(line => $"{indent}{line}\n"));
            var edit = document.Insert(document.LineStartOf(select.Body.Rbrace), text);
            fixes.Add(new SuggestedFix($"add a case on {title} to the select", [.. extra, edit]));
        }
        return fixes;
    }

    /// <summary>The extra case's lines, the edits it needs elsewhere (import, constant) and its name.</summary>
    private static (List<string> Lines, List<TextEdit> Extra, string Title) EscapeCase(SourceDocument document, FunctionScope function, string? ctx)
    {
        if (ctx is not null)
        {
            var ret = ReturnBuilder.Build(document, function, $"{ctx}.Err()");
            return ([$"case <-{ctx}.Done():", $"\t{ret}"], [], $"{ctx}.Done()");
        }
        var paths = new List<string> { "time" };
        if (ReturnBuilder.ReturnsError(function))
        {
            paths.Add("errors");
        }
        var (names, edits) = ImportEditor.EnsureAll(document, paths);
        var time = names["time"];
        var errorValue = names.TryGetValue("errors", out var errors) ? $"{errors}.New(\"gave up waiting after {TimeoutConstant}\")" : "nil";
        var ret2 = ReturnBuilder.Build(document, function, errorValue);
        if (!DeclaresTopLevel(document.File, TimeoutConstant))
        {
            edits.Add(ConstantEdit(document, time));
        }
        return ([$"case <-{time}.After({TimeoutConstant}):", $"\t{ret2}"], edits, "a timeout");
    }

    private static TextEdit ConstantEdit(SourceDocument document, string time)
    {
        var file = document.File;
        var lastImport = file.Decls.OfType<GenDecl>().LastOrDefault(d => d.Tok == Strand.Syntax.Tokens.Token.Import);
        var at = document.NextLineStart(lastImport?.End ?? file.Name.End);
        var text = $"\n// {TimeoutConstant} bounds how long a blocked goroutine waits before giving up; tune it.\n"
            + $"const {TimeoutConstant} = 10 * {time}.Second\n";
        return document.Insert(at, text);
    }

    private static bool DeclaresTopLevel(GoFile file, string name) =>
        file.Decls.OfType<GenDecl>().SelectMany(d => d.Specs).OfType<ValueSpec>().Any(s => s.Names.Any(n => n.Name == name));
}
