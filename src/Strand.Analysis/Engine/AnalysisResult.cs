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
    ImmutableSortedDictionary<string, long> Stats)
{
    /// <summary>The entries that took longest to explore, slowest first (only when the request asks for them).</summary>
    public ImmutableArray<EntryCost> SlowestEntries { get; init; } = [];

    /// <summary>
    /// The entry (<see cref="EntryKey"/>) whose exploration reported each finding, by check, file, line and
    /// column; findings of function checks and sync checks have none. Lets remedy verification explore that entry first.
    /// </summary>
    public ImmutableDictionary<(string Check, string File, int Line, int Column), string> Origins { get; init; } =
        ImmutableDictionary<(string Check, string File, int Line, int Column), string>.Empty;
}

/// <summary>What one entry cost: where it is, its exploration time, states, and whether it ran out of budget.</summary>
public sealed record EntryCost(string File, int Line, string Function, long Milliseconds, int States, bool Inconclusive)
{
    public override string ToString() =>
        $"{File}:{Line} {Function}: {Milliseconds} ms, {States} states{(Inconclusive ? ", inconclusive" : "")}";
}
