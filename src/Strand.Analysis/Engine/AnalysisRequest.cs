using System.Collections.Immutable;

namespace Strand.Analysis.Engine;

/// <summary>
/// What to analyse: files, directories or <c>./...</c> patterns, which checks (null = all), and an
/// optional overlay of file contents that replace what is on disk (used to re-check planned fixes).
/// </summary>
public sealed record AnalysisRequest(
    ImmutableArray<string> Paths,
    ImmutableHashSet<string>? Checks = null,
    ImmutableDictionary<string, byte[]>? Overlay = null);
