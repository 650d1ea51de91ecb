using Strand.Analysis.Findings;

namespace Strand.Analysis.Checks;

/// <summary>
/// What a check is, for people and for reports: a stable id, a short title, the severity its
/// findings get by default, a documentation text in plain words (what it finds, why it matters,
/// how to fix), a leaky and a fixed Go example, and the Strand version that introduced it.
/// </summary>
public sealed record CheckDescriptor(
    string Id,
    string Title,
    Severity DefaultSeverity,
    string Documentation,
    string LeakyExample,
    string FixedExample,
    string Since);
