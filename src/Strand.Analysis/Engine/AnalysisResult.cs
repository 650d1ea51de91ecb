using System.Collections.Immutable;
using Strand.Analysis.Findings;

namespace Strand.Analysis.Engine;

/// <summary>
/// Findings sorted by file, line, column and check; input errors (syntax errors, unreadable
/// files, malformed directives) in the same order; and counters for the stats block of reports
/// (files, packages, entries explored, states, inconclusive entries, milliseconds...).
/// </summary>
public sealed record AnalysisResult(
    ImmutableArray<Finding> Findings,
    ImmutableArray<InputError> Errors,
    ImmutableSortedDictionary<string, long> Stats);
