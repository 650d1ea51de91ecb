using System.Collections.Immutable;
using Strand.Analysis.Findings;
using Strand.Semantics;
using Strand.Syntax.Ast;

namespace Strand.Analysis.Checks.Sync;

/// <summary>
/// The lock and WaitGroup checks that need no explorer: <c>double-lock</c>,
/// <c>lock-upgrade</c> and <c>lock-leak</c> (a lock left held by break/continue) within one
/// function body (<see cref="DoubleLockCheck"/>, <see cref="LockUpgradeCheck"/>,
/// <see cref="LockLeakCheck"/>), and <c>wg-add-in-goroutine</c>
/// (<see cref="WaitGroupAddInGoroutineCheck"/>). They prefer a missed bug to a false alarm; the
/// explorer finds the interprocedural and cross-goroutine cases. Findings are sorted by file,
/// line, column and check, without duplicates (a file may belong to a package and its test
/// package).
/// </summary>
public static class SyncSimpleChecks
{
    public static ImmutableArray<Finding> Run(GoProgram program)
    {
        ArgumentNullException.ThrowIfNull(program);
        var files = program.Packages.Where(p => !p.IsStub).SelectMany(p => p.Files)
            .Distinct(ReferenceEqualityComparer.Instance).Cast<GoFile>();
        var functions = files.SelectMany(f => SyncFunction.AllIn(f, program.Info)).ToList();
        var handoffs = Handoffs.Find(functions);

        var findings = new List<Finding>();
        foreach (var fn in functions)
        {
            var conflicts = LockPathWalker.Walk(fn, lc => fn.CanTrack(lc.Mutex) && !handoffs.Contains(lc.Identity));
            findings.AddRange(DoubleLockCheck.Run(fn, conflicts));
            findings.AddRange(LockUpgradeCheck.Run(fn, conflicts));
            findings.AddRange(LockLeakCheck.Run(fn, conflicts));
            findings.AddRange(WaitGroupAddInGoroutineCheck.Run(fn));
        }
        return [.. findings
            .DistinctBy(f => (f.Span, f.Check, f.Message))
            .OrderBy(f => f.Span.File, StringComparer.Ordinal)
            .ThenBy(f => f.Span.Line)
            .ThenBy(f => f.Span.Column)
            .ThenBy(f => f.Check, StringComparer.Ordinal)];
    }
}

/// <summary>
/// Mutexes that some function unlocks without ever locking them itself: a hand-off (one
/// goroutine locks, another unlocks) or an unlock helper. Their state at any point of another
/// function is unknown, so the simple checks never report them.
/// </summary>
internal static class Handoffs
{
    public static HashSet<string> Find(IEnumerable<SyncFunction> functions)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fn in functions)
        {
            var locked = new HashSet<string>(StringComparer.Ordinal);
            var unlocked = new HashSet<string>(StringComparer.Ordinal);
            foreach (var call in fn.LockNamedCalls)
            {
                if (SyncCalls.AsLockCall(call, fn.Info) is { } lc)
                {
                    (lc.Op is LockOp.Unlock or LockOp.RUnlock ? unlocked : locked).Add(lc.Identity);
                }
            }
            foreach (var value in fn.UnlockValues.Where(v => IsMutex(v, fn.Info)))
            {
                result.Add(SyncCalls.IdentityOf(value.X, fn.Info)); // mu.Unlock handed out as a value
            }
            unlocked.ExceptWith(locked);
            result.UnionWith(unlocked);
        }
        return result;
    }

    private static bool IsMutex(SelectorExpr sel, TypeInfo info) =>
        WellKnown.IsMutex(info.TypeOf(sel.X)) || WellKnown.IsRWMutex(info.TypeOf(sel.X));
}
