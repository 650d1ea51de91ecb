using System.Collections.Immutable;

namespace Strand.Fixes.Planners;

/// <summary>Every remedy planner, best first (the order in which the fix engine tries them).</summary>
public static class PlannerCatalog
{
    public static ImmutableArray<IFixPlanner> All { get; } =
    [
        new BufferChannelPlanner(),
        new DeferUnblockPlanner(),
        new ReleaseBeforeChannelPlanner(),
        new UnlockOnExitPlanner(),
        new AddBeforeGoPlanner(),
        new CloseAndRangePlanner(),
        new DoneChannelPlanner(),
        new SelectEscapePlanner(),
    ];
}
