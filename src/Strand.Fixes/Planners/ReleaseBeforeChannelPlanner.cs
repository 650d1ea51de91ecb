using Strand.Analysis.Checks;
using Strand.Analysis.Findings;
using Strand.Fixes.Editing;
using Strand.Fixes.Syntax;
using Strand.Syntax.Ast;
using Strand.Syntax.Tokens;

namespace Strand.Fixes.Planners;

/// <summary>
/// Remedy for <c>lock-chan-deadlock</c>: release the lock before the channel operation. The holder's
/// <c>mu.Lock()</c> (the finding's object) and its unlock, either <c>defer mu.Unlock()</c> or an
/// explicit <c>mu.Unlock()</c> after the operation in the same block, are rewritten so that
/// <c>mu.Unlock()</c> runs just before the statement with the channel operation.
/// Preconditions: lock, unlock and operation statements are on lines of their own in one block
/// (the function body for a deferred unlock); nothing between the lock and the operation leaves
/// the block (return, break, continue, goto, panic) when the unlock is deferred, nor, for an
/// explicit unlock, between the operation and the unlock; and nothing from
/// the operation up to the old unlock needs the lock: no statement there mentions the mutex's
/// owner (<c>s</c> of <c>s.mu</c>) except as the channel of a channel operation. For a mutex
/// without an owner (a plain variable) the operation must be the only statement moved.
/// Both sides of the deadlock get the same edit: the finding on the partner's Lock is fixed by
/// releasing the holder's lock.
/// </summary>
public sealed class ReleaseBeforeChannelPlanner : IFixPlanner
{
    public string Name => "release-before-channel";

    public IEnumerable<SuggestedFix> Plan(FixContext context)
    {
        if (context.Finding.Check != CheckIds.LockChannelDeadlock)
        {
            return context.Decline(Name, $"only for {CheckIds.LockChannelDeadlock}");
        }
        if (context.Finding.Object is not { } mutexObject || context.Locate(mutexObject.Span) is not { } held)
        {
            return context.Decline(Name, "the finding does not say where the lock was taken");
        }
        var document = held.Document;
        var lockStmt = held.Path.StatementInBlock(out var block);
        if (lockStmt is not ExprStmt { X: CallExpr { Fun: SelectorExpr { Sel.Name: "Lock" or "RLock" } lockSel } } || block is null
            || held.Path.Function() is not { } function)
        {
            return context.Decline(Name, "the lock is not a Lock() or RLock() statement in a block");
        }
        string mutex = document.Text(lockSel.X);
        string unlock = lockSel.Sel.Name == "Lock" ? "Unlock" : "RUnlock";
        int at = block.List.IndexOf(lockStmt);
        var after = block.List.Skip(at + 1).ToList();
        int deferAt = after.FindIndex(s => s is DeferStmt d && IsCall(document, d.Call, mutex, unlock));
        int unlockAt = after.FindIndex(s => s is ExprStmt { X: CallExpr c } && IsCall(document, c, mutex, unlock));
        bool deferred = deferAt >= 0 && (unlockAt < 0 || deferAt < unlockAt);
        if (deferred && block != function.Body)
        {
            return context.Decline(Name, "the deferred unlock is not in the function body's own block");
        }
        if (!deferred && unlockAt < 0)
        {
            return context.Decline(Name, $"no {mutex}.{unlock}() follows the lock in its block");
        }
        var unlockStmt = after[deferred ? deferAt : unlockAt];
        int end = deferred ? after.Count : unlockAt;
        var fixes = new List<SuggestedFix>();
        // Latest operation first: the smallest change that releases the lock before it.
        for (int i = end - 1; i > (deferred ? deferAt : -1); i--)
        {
            var op = after[i];
            if (!HasChannelOp(op) || !OwnLines(document, op) || !OwnLines(document, unlockStmt))
            {
                continue;
            }
            var stillHeld = after.Take(i).Where(s => s != unlockStmt).ToList();
            if (deferred && stillHeld.Any(Leaves))
            {
                continue;
            }
            var moved = after.Skip(i).Take(end - i).Where(s => s != unlockStmt).ToList();
            // With a deferred unlock a return among the moved statements released the lock anyway;
            // with an explicit one it skipped the unlock, and moving it would change that path.
            if (moved.Any(deferred ? Jumps : Leaves) || moved.Any(s => Locks(document, s, mutex)) || !FreeOfLock(document, moved, mutex))
            {
                continue;
            }
            var edits = new List<TextEdit>
            {
                document.Insert(document.LineStartOf(op.Pos), $"{document.IndentOf(op.Pos)}{mutex}.{unlock}(){Comment(document, unlockStmt)}{document.Newline}"),
                document.Edit(document.LineStartOf(unlockStmt.Pos), document.NextLineStart(unlockStmt.End), ""),
            };
            fixes.Add(new SuggestedFix($"release {mutex} before the channel operation at line {document.Lines.Position(op.Pos).Line}: {mutex}.{unlock}() moved up", [.. edits]));
        }
        return fixes.Count > 0 ? fixes : context.Decline(Name, $"no channel operation after {mutex}.{lockSel.Sel.Name}() can run without the lock");
    }

    private static bool IsCall(SourceDocument document, CallExpr call, string mutex, string method) =>
        call is { Fun: SelectorExpr s, Args.Length: 0 } && s.Sel.Name == method
        && ChannelUses.Normalize(document.Text(s.X)) == ChannelUses.Normalize(mutex);

    /// <summary>The unlock's trailing comment, which moves with it.</summary>
    private static string Comment(SourceDocument document, Stmt s) => document.TrailingComment(s.End) is { Length: > 0 } c ? " " + c : "";

    private static bool OwnLines(SourceDocument document, Stmt s) => document.StartsLine(s.Pos) && document.EndsLine(s.End);

    private static bool HasChannelOp(Stmt s) =>
        s is SendStmt or SelectStmt || GoSyntax.DescendantsInFunction(s).Any(n => n is SendStmt or SelectStmt or UnaryExpr { Op: Token.Arrow });

    /// <summary>Control that leaves the statement for elsewhere in the function (or out of it).</summary>
    private static bool Leaves(Stmt s) =>
        GoSyntax.DescendantsInFunction(s).Prepend(s).Any(n => n is ReturnStmt or BranchStmt or LabeledStmt
            || n is CallExpr { Fun: Ident { Name: "panic" } });

    private static bool Jumps(Stmt s) => GoSyntax.DescendantsInFunction(s).Prepend(s).Any(n => n is LabeledStmt or BranchStmt { Tok: Token.Goto });

    private static bool Locks(SourceDocument document, Stmt s, string mutex) =>
        GoSyntax.DescendantsInFunction(s).Prepend(s).OfType<CallExpr>().Any(c => c.Fun is SelectorExpr sel
            && ChannelUses.Normalize(document.Text(sel.X)) == ChannelUses.Normalize(mutex));

    /// <summary>
    /// Nothing in <paramref name="moved"/> needs the lock: its owner appears only inside the channel
    /// operand of a send, receive or select case (channels are set once, when the owner is made).
    /// </summary>
    private static bool FreeOfLock(SourceDocument document, List<Stmt> moved, string mutex)
    {
        int dot = mutex.LastIndexOf('.');
        if (dot < 0)
        {
            return moved.Count == 1; // a plain mutex variable: what it guards is unknown
        }
        string owner = mutex[..dot];
        var channels = moved.SelectMany(s => GoSyntax.DescendantsInFunction(s).Prepend(s))
            .Select(n => n switch { SendStmt send => send.Chan, UnaryExpr { Op: Token.Arrow } r => r.X, _ => null })
            .OfType<Expr>().ToList();
        foreach (var n in moved.SelectMany(s => GoSyntax.DescendantsInFunction(s).Prepend(s)))
        {
            if (n is not Expr e || document.Text(e) != owner || channels.Any(c => c.Pos <= e.Pos && e.End <= c.End))
            {
                continue;
            }
            return false;
        }
        return true;
    }
}
