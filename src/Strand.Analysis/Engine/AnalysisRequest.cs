using System.Collections.Immutable;
using Strand.Analysis.Findings;
using Strand.Semantics;

namespace Strand.Analysis.Engine;

/// <summary>
/// What to analyse: files, directories or <c>./...</c> patterns, which checks (null = all), and an
/// optional overlay of file contents that replace what is on disk (used to re-check planned fixes).
/// </summary>
public sealed record AnalysisRequest(
    ImmutableArray<string> Paths,
    ImmutableHashSet<string>? Checks = null,
    ImmutableDictionary<string, byte[]>? Overlay = null)
{
    /// <summary>
    /// Check only the packages of the named directories and files; module-internal imports are still
    /// loaded (types, calls) but not checked. Re-checking a fix needs no more: the imported packages
    /// cannot see the edit, so their findings cannot change.
    /// </summary>
    public bool NamedPackagesOnly { get; init; }

    /// <summary>How many of the slowest entries to list in <see cref="AnalysisResult.SlowestEntries"/> (0: none).</summary>
    public int SlowestEntries { get; init; }

    /// <summary>
    /// For callers that only need to know whether some finding appears (remedy verification): once a
    /// finding that survives suppression satisfies this, no further entry is explored and the result is
    /// partial (stats <c>stoppedEarly</c> = 1). A partial result's findings are findings of the full
    /// analysis too (same check, file and position); it only lacks some.
    /// </summary>
    public Func<Finding, bool>? StopWhen { get; init; }

    /// <summary>Entries (by <see cref="EntryKey"/>) to explore before the others; only the order of work changes.</summary>
    public ImmutableHashSet<string>? ExploreFirst { get; init; }

    /// <summary>
    /// Checked packages shared with other analyses of the same session (the first analysis of
    /// <c>strand check</c> fills it, the re-analyses verifying remedies reuse its unchanged imports).
    /// </summary>
    public LoadCache? LoadCache { get; init; }
}
