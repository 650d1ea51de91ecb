using Strand.Analysis.Checks;
using Strand.Analysis.Findings;
using Strand.Fixes.Editing;
using Strand.Fixes.Syntax;
using Strand.Syntax.Ast;
using Strand.Syntax.Tokens;

namespace Strand.Fixes.Planners;

/// <summary>
/// Remedy 5, move the unblocking operation into a <c>defer</c>: the <c>wg.Done()</c> or
/// <c>close(ch)</c> that an early return skips becomes <c>defer wg.Done()</c> / <c>defer close(ch)</c>
/// at the top of the function that owes it; for a lock held on some path, <c>defer mu.Unlock()</c>
/// right after the lock, replacing the explicit unlocks.
/// Preconditions: the operation is a statement of its own line in one function whose code has a
/// <c>return</c> before it; for locks, the function locks once, at the top level of its body, a
/// <c>return</c> or a <c>panic</c> leaves it held on some path, and
/// each explicit unlock is followed only by a return or the end of the function (so the deferred
/// unlock releases the lock where the explicit ones did).
/// </summary>
public sealed class DeferUnblockPlanner : IFixPlanner
{
    public string Name => "defer-unblock";

    public IEnumerable<SuggestedFix> Plan(FixContext context)
    {
        var document = context.Document;
        switch (context.Finding.Check)
        {
            case CheckIds.WaitGroupLeak:
                var wait = context.Path.Nearest<CallExpr>();
                if (wait?.Fun is not SelectorExpr { Sel.Name: "Wait" } waitSel)
                {
                    return context.Decline(Name, "the blocked operation is not a Wait() call");
                }
                return DeferCalls(context, document.Text(waitSel.X), "Done", $"{document.Text(waitSel.X)}.Done()");
            case CheckIds.ChanRecvLeak or CheckIds.ChanRangeLeak:
                var channel = context.Path.Nearest<RangeStmt>()?.X
                    ?? GoSyntax.AsReceive(context.Path.StatementInBlock(out _))?.Channel;
                if (channel is null)
                {
                    return context.Decline(Name, "the blocked operation is not a receive or a range");
                }
                // The ranged expression may be a call that returns the channel: name it by its make site.
                var name = MadeAs(context) ?? document.Text(GoSyntax.Unparen(channel));
                return DeferCalls(context, name, "close", $"close({name})");
            case CheckIds.LockLeak or CheckIds.DoubleLock:
                return DeferUnlock(context);
            case CheckIds.LostCancel:
                return DeferCancel(context);
            case CheckIds.TickerLeak:
                return StopTicker(context);
            default:
                return context.Decline(Name, $"no operation to defer for {context.Finding.Check}");
        }
    }

    /// <summary>Functions whose explicit <paramref name="call"/> an earlier return can skip get it deferred instead.</summary>
    private IEnumerable<SuggestedFix> DeferCalls(FixContext context, string target, string method, string call)
    {
        var document = context.Document;
        var statements = CallStatements(document, target, method).GroupBy(s => s.Function).ToList();
        var fixes = new List<SuggestedFix>();
        foreach (var group in statements)
        {
            var function = group.Key;
            var calls = group.Select(s => s.Statement).ToList();
            if (calls.Any(c => c is DeferStmt) || function.Body.List.IsEmpty)
            {
                continue;
            }
            var firstCall = calls.Min(c => c.Pos);
            var returns = GoSyntax.DescendantsInFunction(function.Body).OfType<ReturnStmt>().Any(r => r.Pos < firstCall);
            if (!returns || calls.Any(c => !document.StartsLine(c.Pos) || !document.EndsLine(c.End)))
            {
                continue;
            }
            // The defer goes first in the function, or right after the statement declaring its operand.
            var declaration = DeclaringStatement(function.Body, RootName(target));
            if (declaration is not null && (declaration.End > firstCall || !document.EndsLine(declaration.End)))
            {
                continue;
            }
            var first = function.Body.List[0];
            var at = declaration is null ? document.LineStartOf(first.Pos) : document.NextLineStart(declaration.End);
            if (!document.StartsLine(first.Pos))
            {
                continue;
            }
            // A comment on a removed call line moves with it onto the defer.
            var comments = string.Join(" ", calls.Select(c => document.TrailingComment(c.End)).Where(c => !string.IsNullOrEmpty(c)));
            var deferLine = $"{document.IndentOf(first.Pos)}defer {call}{(comments.Length > 0 ? " " + comments : "")}\n";
            var edits = new List<TextEdit> { document.Insert(at, deferLine) };
            edits.AddRange(calls.Select(c => document.Edit(document.LineStartOf(c.Pos), document.NextLineStart(c.End), "")));
            fixes.Add(new SuggestedFix($"defer {call} so that early returns cannot skip it", [.. edits]));
        }
        return fixes.Count > 0 ? fixes : context.Decline(Name, $"no function skips {call} on an early return in a way a defer can fix");
    }

    /// <summary>The variable the finding's channel is made into (<c>out := make(chan T)</c>), if known.</summary>
    private static string? MadeAs(FixContext context)
    {
        if (context.Finding.Object is not { } obj || context.Locate(obj.Span) is not { } made || made.Document != context.Document)
        {
            return null;
        }
        return made.Path.Nearest<AssignStmt>() is { Tok: Token.Define or Token.Assign, Lhs: [Ident { IsBlank: false } v], Rhs: [var rhs] }
            && GoSyntax.IsMakeChan(GoSyntax.Unparen(rhs), out _) ? v.Name : null;
    }

    /// <summary><c>wg</c> for <c>wg</c>, <c>s</c> for <c>s.wg</c> or <c>s.chans[0]</c>.</summary>
    private static string RootName(string target)
    {
        var end = target.IndexOfAny(['.', '[', '(']);
        return (end < 0 ? target : target[..end]).Trim();
    }

    /// <summary>The statement of <paramref name="body"/>'s top level that declares <paramref name="name"/>, if any.</summary>
    private static Stmt? DeclaringStatement(BlockStmt body, string name) =>
        body.List.FirstOrDefault(s => s switch
        {
            AssignStmt { Tok: Token.Define } a => a.Lhs.Any(l => l is Ident { Name: var n } && n == name),
            DeclStmt { Decl: var d } => d.Specs.OfType<ValueSpec>().Any(v => v.Names.Any(n => n.Name == name)),
            _ => false,
        });

    private static IEnumerable<(Stmt Statement, FunctionScope Function)> CallStatements(SourceDocument document, string target, string method)
    {
        var normalized = ChannelUses.Normalize(target);
        foreach (var node in GoSyntax.Descendants(document.File))
        {
            if (node is not (ExprStmt or DeferStmt))
            {
                continue;
            }
            var call = node switch { ExprStmt { X: CallExpr c } => c, DeferStmt d => d.Call, _ => null };
            var matches = call switch
            {
                { Fun: SelectorExpr s } when s.Sel.Name == method => ChannelUses.Normalize(document.Text(s.X)) == normalized,
                { Fun: Ident i, Args.Length: 1 } when i.Name == method => ChannelUses.Normalize(document.Text(call.Args[0])) == normalized,
                _ => false,
            };
            if (matches && NodePath.To(document.File, node.Pos, node.End).Function() is { } function)
            {
                yield return ((Stmt)node, function);
            }
        }
    }

    private IEnumerable<SuggestedFix> DeferUnlock(FixContext context)
    {
        var document = context.Document;
        var lockCall = context.Path.Nearest<CallExpr>();
        if (lockCall?.Fun is not SelectorExpr { Sel.Name: "Lock" or "RLock" } selector)
        {
            return context.Decline(Name, "the blocked operation is not a Lock() or RLock() call");
        }
        var mutex = document.Text(selector.X);
        var unlock = selector.Sel.Name == "Lock" ? "Unlock" : "RUnlock";
        var fixes = new List<SuggestedFix>();
        var locks = CallStatements(document, mutex, selector.Sel.Name).GroupBy(s => s.Function);
        foreach (var group in locks)
        {
            var function = group.Key;
            if (group.Count() != 1 || group.First().Statement is not ExprStmt lockStmt || !function.Body.List.Contains(lockStmt))
            {
                continue;
            }
            var unlocks = CallStatements(document, mutex, unlock).Where(s => s.Function.Node == function.Node).Select(s => s.Statement).ToList();
            if (unlocks.Any(u => u is DeferStmt || !document.StartsLine(u.Pos) || !document.EndsLine(u.End)) || !document.EndsLine(lockStmt.End))
            {
                continue;
            }
            var returnsHolding = GoSyntax.DescendantsInFunction(function.Body).OfType<ReturnStmt>()
                .Any(r => r.Pos > lockStmt.End && !unlocks.Any(u => u.End <= r.Pos && IsJustBefore(function, u, r)))
                || PanicsHolding(function, lockStmt, unlocks);
            if (!returnsHolding || !unlocks.All(u => IsFollowedOnlyByExit(function, u)))
            {
                continue;
            }
            var edits = new List<TextEdit>
            {
                document.Insert(document.NextLineStart(lockStmt.End), $"{document.IndentOf(lockStmt.Pos)}defer {mutex}.{unlock}()\n"),
            };
            edits.AddRange(unlocks.Select(u => document.Edit(document.LineStartOf(u.Pos), document.NextLineStart(u.End), "")));
            fixes.Add(new SuggestedFix($"defer {mutex}.{unlock}() right after {mutex}.{selector.Sel.Name}()", [.. edits]));
        }
        return fixes.Count > 0 ? fixes : context.Decline(Name, $"no function holds {mutex} on a return in a way a deferred unlock can fix");
    }

    /// <summary>
    /// <c>ctx, cancel := context.WithX(...)</c> whose cancel some path skips: <c>defer cancel()</c> on
    /// the next line (an existing <c>defer cancel()</c> further down becomes redundant and goes).
    /// Only when cancel is used as nothing but a call in this function (not returned or stored).
    /// </summary>
    private IEnumerable<SuggestedFix> DeferCancel(FixContext context)
    {
        var document = context.Document;
        var statement = context.Path.StatementInBlock(out _);
        if (statement is not AssignStmt { Lhs: [_, Ident { IsBlank: false } cancel], Rhs: [CallExpr] } assign
            || context.Path.Function() is not { } function || !document.EndsLine(assign.End))
        {
            return context.Decline(Name, "the finding is not on a ctx, cancel := context.With...(...) line");
        }
        var uses = GoSyntax.Descendants(function.Body).OfType<Ident>().Where(i => i.Name == cancel.Name && i != cancel).ToList();
        var calls = GoSyntax.Descendants(function.Body).OfType<CallExpr>().Where(c => c.Fun is Ident { Name: var n } && n == cancel.Name && c.Args.IsEmpty).ToList();
        if (uses.Count != calls.Count)
        {
            return context.Decline(Name, $"{cancel.Name} is used other than called here (returned, stored or passed)");
        }
        var edits = new List<TextEdit>
        {
            document.Insert(document.NextLineStart(assign.End), $"{document.IndentOf(assign.Pos)}defer {cancel.Name}()\n"),
        };
        foreach (var existing in GoSyntax.DescendantsInFunction(function.Body).OfType<DeferStmt>()
            .Where(d => d.Call.Fun is Ident { Name: var n } && n == cancel.Name && d.Call.Args.IsEmpty))
        {
            if (document.StartsLine(existing.Pos) && document.TrailingComment(existing.End) == "")
            {
                edits.Add(document.Edit(document.LineStartOf(existing.Pos), document.NextLineStart(existing.End), ""));
            }
        }
        return [new SuggestedFix($"defer {cancel.Name}() right after the context is made", [.. edits])];
    }

    /// <summary>
    /// A ticker never stopped: <c>defer t.Stop()</c> after <c>t := time.NewTicker(d)</c>, or
    /// <c>time.Tick(d)</c> replaced by a ticker made (and its Stop deferred) on the lines before.
    /// Only when the ticker does not escape (used through <c>t.C</c>, <c>t.Reset</c>, <c>t.Stop</c> only).
    /// </summary>
    private IEnumerable<SuggestedFix> StopTicker(FixContext context)
    {
        var document = context.Document;
        var call = context.Path.Nearest<CallExpr>();
        var statement = context.Path.StatementInBlock(out _);
        var function = context.Path.Function();
        if (call?.Fun is not SelectorExpr { X: Ident time, Sel.Name: "NewTicker" or "Tick" } selector || statement is null || function is null
            || time.Name != GoSyntax.ImportName(document.File, "time"))
        {
            return context.Decline(Name, "the finding is not on a time.NewTicker or time.Tick call");
        }
        if (selector.Sel.Name == "NewTicker")
        {
            if (statement is not AssignStmt { Tok: Token.Define, Lhs: [Ident { IsBlank: false } ticker] } assign || !document.EndsLine(assign.End))
            {
                return context.Decline(Name, "the ticker is not kept in a variable of its own: t := time.NewTicker(d)");
            }
            var escapes = GoSyntax.Descendants(function.Body).Any(n => n is Ident id && id != ticker && id.Name == ticker.Name
                && !GoSyntax.Descendants(function.Body).OfType<SelectorExpr>().Any(s => s.X == id && s.Sel.Name is "C" or "Reset" or "Stop"));
            if (escapes)
            {
                return context.Decline(Name, $"{ticker.Name} is used other than through C, Reset and Stop");
            }
            var edit = document.Insert(document.NextLineStart(assign.End), $"{document.IndentOf(assign.Pos)}defer {ticker.Name}.Stop()\n");
            return [new SuggestedFix($"stop the ticker when the function returns: defer {ticker.Name}.Stop()", [edit])];
        }
        if (!document.StartsLine(statement.Pos) || call.Args.Length != 1)
        {
            return context.Decline(Name, "the time.Tick call is not in a statement of its own line");
        }
        var name = new[] { "ticker", "tick", "strandTicker" }.First(n => !GoSyntax.Descendants(function.Body).OfType<Ident>().Any(i => i.Name == n));
        var indent = document.IndentOf(statement.Pos);
        var before = $"{name} := {time.Name}.NewTicker({document.Text(call.Args[0])})\n{indent}defer {name}.Stop()\n{indent}";
        return [new SuggestedFix($"use a ticker that is stopped when the function returns: {name} := {time.Name}.NewTicker(...); defer {name}.Stop()",
            [document.Insert(statement.Pos, before), document.Edit(call.Pos, call.End, $"{name}.C")])];
    }

    /// <summary>A <c>panic(...)</c> after the lock and before every explicit unlock leaves the lock held.</summary>
    private static bool PanicsHolding(FunctionScope function, Stmt lockStmt, List<Stmt> unlocks) =>
        GoSyntax.DescendantsInFunction(function.Body).OfType<CallExpr>()
            .Any(c => c.Fun is Ident { Name: "panic" } && c.Pos > lockStmt.End && unlocks.All(u => c.End <= u.Pos));

    /// <summary>The unlock's next statement in its block is a return, or it ends the function body.</summary>
    private static bool IsFollowedOnlyByExit(FunctionScope function, Stmt unlock)
    {
        var path = NodePath.To(function.Body, unlock.Pos, unlock.End);
        path.StatementInBlock(out var block);
        if (block is null)
        {
            return false;
        }
        var index = block.List.IndexOf(unlock);
        var next = block.List.Skip(index + 1).FirstOrDefault(s => s is not EmptyStmt);
        return next is ReturnStmt || (next is null && block == function.Body);
    }

    private static bool IsJustBefore(FunctionScope function, Stmt unlock, ReturnStmt ret)
    {
        var path = NodePath.To(function.Body, unlock.Pos, unlock.End);
        path.StatementInBlock(out var block);
        return block is not null && block.List.IndexOf(unlock) is var i and >= 0 && i + 1 < block.List.Length && block.List[i + 1] == ret;
    }
}
