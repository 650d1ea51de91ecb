using System.Collections.Immutable;

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
}
