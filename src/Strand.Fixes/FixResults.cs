using System.Collections.Immutable;
using Strand.Analysis.Findings;

namespace Strand.Fixes;

/// <summary>
/// The outcome for one finding: the remedies that re-analysis verified (best first), the one
/// applied (null when none fits or it clashed with another), and why the others were refused.
/// </summary>
public sealed record FindingFixes(
    Finding Finding,
    ImmutableArray<SuggestedFix> Verified,
    SuggestedFix? Applied,
    ImmutableArray<string> Refusals);

/// <summary>A whole fix run: per finding outcomes, the original and fixed bytes of each edited file.</summary>
public sealed record FixRun(
    ImmutableArray<FindingFixes> Results,
    ImmutableArray<InputError> Errors,
    ImmutableSortedDictionary<string, byte[]> Originals,
    ImmutableSortedDictionary<string, byte[]> Updated)
{
    public int FixedCount => Results.Count(r => r.Applied is not null);
}
