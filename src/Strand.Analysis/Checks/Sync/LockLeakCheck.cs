using Strand.Analysis.Findings;

namespace Strand.Analysis.Checks.Sync;

/// <summary>
/// <c>lock-leak</c>, the simple form: within one function body, a lock taken inside a loop is
/// still held when a <c>break</c> or <c>continue</c> leaves the loop, and a later <c>Lock</c>
/// (or <c>RLock</c>) on the path after the loop waits for it forever. Same path walk and the
/// same caution as <see cref="DoubleLockCheck"/>. Unlocks missed on a return, on a panic, or on
/// the way to the next iteration, and the Lock in another call or goroutine that then blocks,
/// are left to the explorer.
/// </summary>
internal static class LockLeakCheck
{
    public static IEnumerable<Finding> Run(SyncFunction fn, IReadOnlyList<LockConflict> conflicts)
    {
        var reported = new HashSet<int>();
        foreach (var c in conflicts)
        {
            if (c.First.LeftBy is not { } branch || !reported.Add(c.Second.Call.Pos))
            {
                continue;
            }
            var m = c.Second.Mutex.Text;
            var how = c.First.Mode == HoldMode.Read ? "read-locked" : "locked";
            var message =
                $"{LockFindings.Runner(fn)} blocks forever on {LockFindings.Call(c.Second)}: {m} is still held: {how} at " +
                $"{Spans.At(fn.File, c.First.At.Call)} inside the loop and not unlocked on the {branch.Tok.ToString().ToLowerInvariant()} " +
                $"at {Spans.At(fn.File, branch)}; unlock it before leaving the loop";
            yield return LockFindings.Build(CheckIds.LockLeak, fn, c, message, $"is {how}");
        }
    }
}
