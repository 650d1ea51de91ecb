using Strand.Analysis.Exploration;
using Strand.Analysis.Findings;
using Strand.Model;

namespace Strand.Analysis.Checks.Sync;

/// <summary>What a sync check over one entry's exploration needs.</summary>
internal sealed record SyncStuckContext(ProgramModel Model, ExplorationResult Result, Func<string, bool> On);

/// <summary>
/// A check over the goroutines the explorer proved stuck on sync objects (locks, WaitGroups,
/// Conds, Once), or on channels because of a lock. It reports the stuck goroutines it explains
/// and marks them handled so the channel checks do not report them again.
/// </summary>
internal interface ISyncStuckCheck
{
    /// <summary>The finding that explains one stuck goroutine (or null) for this entry; null when the check is off.</summary>
    Func<StuckGoroutine, Finding?>? Explainer(SyncStuckContext context);
}

/// <summary>The sync checks over explorations, run before the channel checks.</summary>
internal static class SyncStuckChecks
{
    private static readonly ISyncStuckCheck[] All =
    [
        new OnceDeadlockCheck(), // SB: before the lock checks (a Lock inside a Once others wait on is once-deadlock)
        new WaitGroupWaitCheck(), // SB: before the lock checks (a Lock held by a goroutine in wg.Wait is wg-wait-leak)
        new CondWaitCheck(), // SB
        new LockDeadlockCheck(),
    ];

    public static (List<Finding> Findings, HashSet<StuckGoroutine> Handled) Run(SyncStuckContext context)
    {
        var findings = new List<Finding>();
        var handled = new HashSet<StuckGoroutine>(ReferenceEqualityComparer.Instance);
        if (context.Result.Stuck.IsEmpty)
        {
            return (findings, handled); // most entries: no explainer (and no interpreter) to build
        }
        foreach (var check in All)
        {
            if (check.Explainer(context) is not { } explain)
            {
                continue;
            }
            foreach (var stuck in context.Result.Stuck)
            {
                if (!handled.Contains(stuck) && explain(stuck) is { } finding)
                {
                    handled.Add(stuck);
                    findings.Add(finding);
                }
            }
        }
        return (findings, handled);
    }
}
