using Strand.Analysis.Findings;

namespace Strand.Analysis.Checks.Sync;

/// <summary>
/// <c>lock-upgrade</c>, the simple form: within one function body, <c>Lock</c> on an RWMutex
/// that the same path holds for reading (<c>RLock</c> not yet released). Go's RWMutex cannot
/// upgrade: Lock waits for every reader, this goroutine included, so it waits forever. Same
/// path walk and the same caution as <see cref="DoubleLockCheck"/> (a read lock left held by
/// break or continue is <see cref="LockLeakCheck"/>'s); upgrades through a callee
/// are left to the explorer.
/// </summary>
internal static class LockUpgradeCheck
{
    public static IEnumerable<Finding> Run(SyncFunction fn, IReadOnlyList<LockConflict> conflicts)
    {
        var reported = new HashSet<int>();
        foreach (var c in conflicts)
        {
            if (c.First.Mode != HoldMode.Read || c.First.Jumped || c.Second.Op != LockOp.Lock || !reported.Add(c.Second.Call.Pos))
            {
                continue;
            }
            var m = c.Second.Mutex.Text;
            var at = Spans.At(fn.File, c.First.At.Call);
            var message =
                $"{LockFindings.Runner(fn)} blocks forever on {LockFindings.Call(c.Second)}: it still holds {m} for reading " +
                $"(RLock at {at}), and Lock waits for every reader, this one included; RUnlock first, then Lock and check again";
            yield return LockFindings.Build(CheckIds.LockUpgrade, fn, c, message, "is read-locked");
        }
    }
}
