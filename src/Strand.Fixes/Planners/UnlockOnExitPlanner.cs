using Strand.Analysis.Checks;
using Strand.Analysis.Findings;
using Strand.Fixes.Editing;
using Strand.Fixes.Syntax;
using Strand.Syntax.Ast;
using Strand.Syntax.Tokens;

namespace Strand.Fixes.Planners;

/// <summary>
/// Remedies for <c>lock-leak</c> that a deferred unlock cannot give:
/// <list type="bullet">
/// <item><c>Unlock</c> of an RWMutex that the function only read-locked becomes <c>RUnlock</c>
/// (the function calls <c>X.RLock()</c> and never <c>X.Lock()</c>).</item>
/// <item>A lock taken in a loop body and released later in the same body, skipped by a
/// <c>continue</c> or <c>break</c> of that loop: <c>X.Unlock()</c> is added just before each such
/// branch (a deferred unlock would hold the lock across iterations). Only when no <c>return</c>,
/// <c>goto</c> or labelled branch sits between the lock and the unlock.</item>
/// </list>
/// </summary>
public sealed class UnlockOnExitPlanner : IFixPlanner
{
    public string Name => "unlock-on-exit";

    public IEnumerable<SuggestedFix> Plan(FixContext context)
    {
        if (context.Finding.Check != CheckIds.LockLeak)
        {
            return context.Decline(Name, $"only for {CheckIds.LockLeak}");
        }
        if (context.Path.Nearest<CallExpr>() is { Fun: SelectorExpr { Sel.Name: "Unlock" } unlockSel })
        {
            return ReadUnlock(context, unlockSel);
        }
        return UnlockBeforeBranches(context);
    }

    private IEnumerable<SuggestedFix> ReadUnlock(FixContext context, SelectorExpr unlockSel)
    {
        var document = context.Document;
        string mutex = document.Text(unlockSel.X);
        if (context.Path.Function() is not { } function)
        {
            return context.Decline(Name, "the Unlock is not inside a function");
        }
        var calls = GoSyntax.DescendantsInFunction(function.Body).OfType<CallExpr>()
            .Where(c => c.Fun is SelectorExpr s && Same(document, s.X, mutex)).Select(c => ((SelectorExpr)c.Fun).Sel.Name).ToList();
        if (!calls.Contains("RLock") || calls.Contains("Lock"))
        {
            return context.Decline(Name, $"this function does not only read-lock {mutex}");
        }
        return [new SuggestedFix($"{mutex}.RUnlock() for the read lock taken by {mutex}.RLock()", [document.Edit(unlockSel.Sel.Pos, unlockSel.Sel.End, "RUnlock")])];
    }

    private IEnumerable<SuggestedFix> UnlockBeforeBranches(FixContext context)
    {
        var holdSpan = context.Finding.Object?.Span
            ?? context.Finding.Related.FirstOrDefault(r => r.Message.EndsWith(" is locked here", StringComparison.Ordinal))?.Span
            ?? context.Finding.Span;
        if (context.Locate(holdSpan) is not { } held)
        {
            return context.Decline(Name, "the place where the lock was taken cannot be read");
        }
        var document = held.Document;
        var lockStmt = held.Path.StatementInBlock(out var body);
        if (lockStmt is not ExprStmt { X: CallExpr { Fun: SelectorExpr { Sel.Name: "Lock" or "RLock" } lockSel } } || body is null
            || held.Path.ParentOf(body) is not (ForStmt or RangeStmt))
        {
            return context.Decline(Name, "the lock is not a Lock() statement of a loop body");
        }
        string mutex = document.Text(lockSel.X);
        string unlock = lockSel.Sel.Name == "Lock" ? "Unlock" : "RUnlock";
        int at = body.List.IndexOf(lockStmt);
        int unlockAt = body.List.Select((s, i) => (s, i)).FirstOrDefault(p => p.i > at && p.s is ExprStmt { X: CallExpr c } && IsCall(document, c, mutex, unlock), (null!, -1)).Item2;
        if (unlockAt < 0)
        {
            return context.Decline(Name, $"no {mutex}.{unlock}() later in the loop body");
        }
        var between = body.List.Skip(at + 1).Take(unlockAt - at - 1).ToList();
        if (between.SelectMany(s => GoSyntax.DescendantsInFunction(s).Prepend(s))
            .Any(n => n is ReturnStmt or LabeledStmt || n is BranchStmt { Label: not null } || n is BranchStmt { Tok: Token.Goto }))
        {
            return context.Decline(Name, "a return, goto or labelled branch leaves the loop body while the lock is held");
        }
        var exits = new List<BranchStmt>();
        foreach (var s in between)
        {
            CollectLoopExits(s, inLoop: false, inBreakable: false, exits);
        }
        if (exits.Count == 0 || exits.Any(b => !document.StartsLine(b.Pos) || !document.EndsLine(b.End)))
        {
            return context.Decline(Name, "no break or continue on a line of its own leaves the loop body while the lock is held");
        }
        var edits = exits.Select(b => document.Insert(document.LineStartOf(b.Pos), $"{document.IndentOf(b.Pos)}{mutex}.{unlock}(){document.Newline}")).ToList();
        return [new SuggestedFix($"{mutex}.{unlock}() before the {string.Join(" and ", exits.Select(b => b.Tok == Token.Break ? "break" : "continue").Distinct())} that skip{(exits.Count == 1 ? "s" : "")} the unlock", [.. edits])];
    }

    /// <summary>Unlabelled break/continue statements under <paramref name="node"/> that leave the enclosing loop body.</summary>
    private static void CollectLoopExits(Node node, bool inLoop, bool inBreakable, List<BranchStmt> exits)
    {
        switch (node)
        {
            case FuncLit:
                return;
            case BranchStmt { Label: null, Tok: Token.Continue } b when !inLoop:
                exits.Add(b);
                return;
            case BranchStmt { Label: null, Tok: Token.Break } b when !inLoop && !inBreakable:
                exits.Add(b);
                return;
        }
        bool loop = inLoop || node is ForStmt or RangeStmt;
        bool breakable = inBreakable || node is SwitchStmt or TypeSwitchStmt or SelectStmt;
        foreach (var child in ChildNodes.Of(node))
        {
            CollectLoopExits(child, loop, breakable, exits);
        }
    }

    private static bool Same(SourceDocument document, Expr x, string mutex) =>
        ChannelUses.Normalize(document.Text(x)) == ChannelUses.Normalize(mutex);

    private static bool IsCall(SourceDocument document, CallExpr call, string mutex, string method) =>
        call is { Fun: SelectorExpr s, Args.Length: 0 } && s.Sel.Name == method && Same(document, s.X, mutex);
}
