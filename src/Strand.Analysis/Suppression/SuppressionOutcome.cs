using System.Collections.Immutable;
using Strand.Analysis.Findings;

namespace Strand.Analysis.Suppression;

/// <summary>
/// The findings left after suppression, one <c>unused-ignore</c> finding per directive that
/// suppressed nothing, and the directives that could not be used (each an input error).
/// </summary>
public sealed record SuppressionOutcome(
    ImmutableArray<Finding> Kept,
    ImmutableArray<Finding> UnusedDirectives,
    ImmutableArray<InputError> Malformed);
