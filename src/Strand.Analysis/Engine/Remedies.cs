using System.Collections.Immutable;
using Strand.Analysis.Checks;
using Strand.Analysis.Findings;
using Strand.Model.Ir;
using Strand.Semantics;
using Strand.Syntax.Ast;
using Strand.Syntax.Tokens;

namespace Strand.Analysis.Engine;

/// <summary>
/// The remedies that fit a stuck goroutine, best first, each as text edits on the original
/// bytes that keep the file gofmt-clean: buffer the channel, select on ctx.Done() or a timeout
/// around the blocking operation, close the channel (deferred) where its only sender is done.
/// </summary>
internal static class Remedies
{
    public static ImmutableArray<SuggestedFix> For(BlockedFacts facts, ExplorationContext ctx)
    {
        var fixes = ImmutableArray.CreateBuilder<SuggestedFix>();
        try
        {
            if (facts.Kind == BlockedKind.Send && Buffer(facts, ctx) is { } b)
            {
                fixes.Add(b);
            }
            if (facts.Kind is BlockedKind.Range or BlockedKind.Receive && Close(facts, ctx) is { } c)
            {
                fixes.Add(c);
            }
            if (facts.Kind is BlockedKind.Send or BlockedKind.Receive && SelectAround(facts, ctx) is { } s)
            {
                fixes.Add(s);
            }
        }
        catch (Exception e) when (e is ArgumentException or IndexOutOfRangeException or InvalidOperationException)
        {
            // a remedy we cannot compute is left out, the finding stays
        }
        return fixes.ToImmutable();
    }

    /// <summary>make(chan T) -> make(chan T, N), with N the number of senders left blocked (or the loop's bound).</summary>
    private static SuggestedFix? Buffer(BlockedFacts facts, ExplorationContext ctx)
    {
        var c = facts.Channels[0];
        if (c.Channel is not { File: { } file, Site: CallExpr { Args.Length: 1 } make, Capacity: 0, Context: 0 })
        {
            return null;
        }
        var path = file.Path;
        var makeText = ctx.Sources.Text(path, make.Pos, make.End);
        if (makeText is null)
        {
            return null;
        }
        var size = LoopBound(facts, ctx) ?? BlockedSenders(facts).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var at = make.Args[0].End;
        var newText = ", " + size;
        var title = $"make the channel buffered: {makeText[..(at - make.Pos)]}{newText}{makeText[(at - make.Pos)..]}";
        return new SuggestedFix(title, [new TextEdit(Positions.Span(file, at, at), at, at, newText)]);
    }

    private static int BlockedSenders(BlockedFacts facts)
    {
        var target = facts.Channels[0].Channel;
        var count = 0;
        foreach (var g in facts.Stuck.State.Goroutines)
        {
            if (g.Top is { } f && f.Fn.Code[f.Pc] is SendInstr s && g.Spawn is not null)
            {
                _ = s;
                count++;
            }
        }
        return Math.Max(1, target is null ? 1 : count);
    }

    /// <summary>When the goroutine is started in a loop, the loop's trip count as source text.</summary>
    private static string? LoopBound(BlockedFacts facts, ExplorationContext ctx)
    {
        if (facts.Stuck.Spawn is not { } go || facts.Stuck.Goroutine.SpawnFile is not { } file)
        {
            return null;
        }
        Node? loop = null;
        foreach (var d in file.Decls)
        {
            if (d.Pos > go.Site.Pos || d.End < go.Site.End)
            {
                continue;
            }
            AstWalker.Inspect(d, n =>
            {
                if (n.Pos > go.Site.Pos || n.End < go.Site.End || ReferenceEquals(n, go.Site))
                {
                    return false;
                }
                if (n is FuncLit)
                {
                    loop = null; // a loop outside the literal does not start this goroutine repeatedly
                }
                if (n is ForStmt or RangeStmt)
                {
                    loop = n;
                }
                return true;
            });
        }
        var path = file.Path;
        return loop switch
        {
            RangeStmt r when r.X is Ident or SelectorExpr && ctx.Info.TypeOf(r.X).Underlying is Semantics.BasicType { IsInteger: true } => ctx.Sources.Text(path, r.X.Pos, r.X.End),
            RangeStmt r when r.X is Ident or SelectorExpr => "len(" + ctx.Sources.Text(path, r.X.Pos, r.X.End) + ")",
            ForStmt { Cond: BinaryExpr { Op: Token.Lss, X: Ident, Y: Ident or BasicLit or SelectorExpr } b } => ctx.Sources.Text(path, b.Y.Pos, b.Y.End),
            _ => null,
        };
    }

    /// <summary>select { case op: case &lt;-ctx.Done(): } (or a timeout when no context is in scope).</summary>
    private static SuggestedFix? SelectAround(BlockedFacts facts, ExplorationContext ctx)
    {
        var site = facts.Site;
        var ok = site is SendStmt || site is ExprStmt { X: UnaryExpr { Op: Token.Arrow } } || site is AssignStmt { Tok: Token.Assign, Rhs: [UnaryExpr { Op: Token.Arrow }] };
        if (!ok)
        {
            return null;
        }
        var file = facts.File;
        var path = file.Path;
        var opText = ctx.Sources.Text(path, site.Pos, site.End);
        if (opText is null || opText.Contains('\n', StringComparison.Ordinal))
        {
            return null;
        }
        var indent = ctx.Sources.Indent(path, site.Pos);
        string other;
        string title;
        if (ContextInScope(facts, ctx.Info) is { } ctxName)
        {
            other = $"<-{ctxName}.Done()";
            title = $"select on {ctxName}.Done() around the {(facts.Kind == BlockedKind.Send ? "send" : "receive")}, so the goroutine leaves when the work is cancelled";
        }
        else if (file.Imports.Any(i => i.Path.Value == "\"time\"" && i.Name is null))
        {
            other = "<-time.After(time.Minute)";
            title = $"select with a timeout around the {(facts.Kind == BlockedKind.Send ? "send" : "receive")}, so the goroutine gives up instead of waiting forever";
        }
        else
        {
            return null;
        }
        var text = $"select {{\n{indent}case {opText}:\n{indent}case {other}:\n{indent}}}";
        return new SuggestedFix(title, [new TextEdit(Positions.Span(file, site), site.Pos, site.End, text)]);
    }

    /// <summary>A context.Context parameter or variable visible at the blocked operation.</summary>
    private static string? ContextInScope(BlockedFacts facts, TypeInfo info)
    {
        var site = facts.Site;
        string? best = null;
        var bestOwner = -1;
        foreach (var d in facts.File.Decls)
        {
            if (d is not FuncDecl fd || fd.Pos > site.Pos || fd.End < site.End)
            {
                continue;
            }
            AstWalker.Inspect(fd, n =>
            {
                if (n is Ident id && id.Pos < site.Pos && info.IsDefinition(id) && info.SymbolOf(id) is VarSymbol { Owner: { } owner } v
                    && owner.Pos <= site.Pos && owner.End >= site.End && WellKnown.IsContext(v.Type) && owner.Pos >= bestOwner && !id.IsBlank)
                {
                    best = id.Name;
                    bestOwner = owner.Pos;
                }
                return true;
            });
        }
        return best;
    }

    /// <summary>The only sender closes the channel when it is done: defer close(x) at the top of its body (or after the make).</summary>
    private static SuggestedFix? Close(BlockedFacts facts, ExplorationContext ctx)
    {
        var c = facts.Channels[0];
        if (c.Channel is not { File: { } } chan || chan.Context != 0 || chan.Timer != Exploration.TimerKind.None)
        {
            return null;
        }
        var users = ctx.Result.ChannelUsers.GetValueOrDefault(chan.Site) ?? [];
        var senders = users.Where(u => u.Kind is 's' or 'c').Select(u => u.Function).Distinct().ToList();
        if (senders.Count != 1 || senders[0].Decl is not (FuncDecl or FuncLit))
        {
            return null;
        }
        var sender = senders[0];
        var name = sender.Code.OfType<SendInstr>().Select(s => s.Chan.Text).Concat(sender.Code.OfType<CloseInstr>().Select(s => s.Chan.Text)).Distinct().ToList();
        if (name.Count != 1 || name[0].Contains('…', StringComparison.Ordinal) || name[0].Contains('(', StringComparison.Ordinal))
        {
            return null;
        }
        var x = name[0];
        var file = sender.File;
        var path = file.Path;
        var body = sender.Decl switch
        {
            FuncDecl fd => fd.Body,
            FuncLit fl => fl.Body,
            _ => null,
        };
        if (body is null || ctx.Sources.Bytes(path) is null || body.List.IsEmpty)
        {
            return null;
        }
        var edits = new List<TextEdit>();
        var insertAt = body.Lbrace + 1;
        var indent = ctx.Sources.Indent(path, body.List[0].Pos);
        // after the make when the sender made the channel itself
        foreach (var s in body.List)
        {
            if (s is AssignStmt a && a.Pos <= chan.Site.Pos && a.End >= chan.Site.End)
            {
                insertAt = a.End;
                indent = ctx.Sources.Indent(path, a.Pos);
            }
        }
        edits.Add(new TextEdit(Positions.Span(file, insertAt, insertAt), insertAt, insertAt, $"\n{indent}defer close({x})"));
        // an existing close on some paths becomes the deferred one
        foreach (var close in sender.Code.OfType<CloseInstr>())
        {
            if (FunctionFlowStatement(body, close.Site) is ExprStmt es && WholeLine(file, es, ctx.Sources) is { } range)
            {
                edits.Add(new TextEdit(Positions.Span(file, range.Start, range.End), range.Start, range.End, ""));
            }
            else
            {
                return null;
            }
        }
        var hadClose = edits.Count > 1;
        var title = hadClose
            ? $"defer the close: close({x}) on every path of {sender.Name} with defer close({x})"
            : $"close {x} when {sender.Name} is done sending: defer close({x}), so receivers leave their loop";
        return new SuggestedFix(title, [.. edits.OrderBy(e => e.StartOffset)]);
    }

    private static Stmt? FunctionFlowStatement(BlockStmt body, Node node)
    {
        Stmt? result = null;
        AstWalker.Inspect(body, n =>
        {
            if (n.Pos > node.Pos || n.End < node.End)
            {
                return false;
            }
            if (n is ExprStmt es && es.Pos <= node.Pos && es.End >= node.End)
            {
                result = es;
            }
            return true;
        });
        return result;
    }

    /// <summary>The bytes of the statement's whole line (indentation and newline), when it stands alone on it.</summary>
    private static (int Start, int End)? WholeLine(GoFile file, Stmt s, SourceCache sources)
    {
        var bytes = sources.Bytes(file.Path);
        if (bytes is null)
        {
            return null;
        }
        var start = s.Pos;
        while (start > 0 && bytes[start - 1] is (byte)' ' or (byte)'\t')
        {
            start--;
        }
        if (start > 0 && bytes[start - 1] != '\n')
        {
            return null;
        }
        var end = s.End;
        while (end < bytes.Length && bytes[end] is (byte)' ' or (byte)'\t')
        {
            end++;
        }
        if (end < bytes.Length && bytes[end] == '\r')
        {
            end++;
        }
        if (end < bytes.Length && bytes[end] != '\n')
        {
            return null;
        }
        return (start, Math.Min(bytes.Length, end + 1));
    }
}
