using Strand.Analysis.Findings;

namespace Strand.Fixes.Planners;

/// <summary>
/// One remedy. A planner states its preconditions in code: when they do not hold it plans nothing
/// and says why through <see cref="FixContext.Decline"/>. What it plans is still only a candidate:
/// the engine keeps it only if re-analysis shows the finding gone and nothing new.
/// </summary>
public interface IFixPlanner
{
    /// <summary>A short stable name (<c>buffer-channel</c>, <c>select-escape</c>...), used in reports.</summary>
    string Name { get; }

    IEnumerable<SuggestedFix> Plan(FixContext context);
}
