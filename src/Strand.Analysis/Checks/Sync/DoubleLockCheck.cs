using Strand.Analysis.Findings;

namespace Strand.Analysis.Checks.Sync;

/// <summary>
/// <c>double-lock</c>, the simple form: within one function body, a <c>Lock</c> (or an
/// <c>RLock</c> after a <c>Lock</c>) on a mutex that the same path already holds, with no
/// unlock in between and no break/continue on the way (that shape is a missed unlock, which the
/// explorer reports as <c>lock-leak</c>). Branches are followed with their conditions, so a lock
/// taken under <c>if verbose</c> and locked again after the <c>if</c> is found, while a lock and
/// an unlock guarded by the same flag are not confused. The mutex must be one that no closure,
/// alias, call or other goroutine can unlock meanwhile (see <see cref="SyncFunction.CanTrack"/>
/// and <see cref="LockPathWalker"/>); locks through callees are left to the explorer.
/// </summary>
internal static class DoubleLockCheck
{
    public static IEnumerable<Finding> Run(SyncFunction fn, IReadOnlyList<LockConflict> conflicts)
    {
        var reported = new HashSet<int>();
        foreach (var c in conflicts)
        {
            if (c.First.Mode != HoldMode.Write || c.First.Jumped || !reported.Add(c.Second.Call.Pos))
            {
                continue;
            }
            var m = c.Second.Mutex.Text;
            var at = Spans.At(fn.File, c.First.At.Call);
            var message =
                $"{LockFindings.Runner(fn)} blocks forever on {LockFindings.Call(c.Second)}: {m} is already held by this goroutine " +
                $"(locked at {at}) and nothing unlocks it in between; unlock it first, or call a helper that expects the lock held";
            yield return LockFindings.Build(CheckIds.DoubleLock, fn, c, message, "is locked");
        }
    }
}
