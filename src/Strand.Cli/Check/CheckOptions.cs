using System.Collections.Immutable;

namespace Strand.Cli.Check;

public enum ReportFormat
{
    Text,
    Json,
    Sarif,
}

/// <summary>The validated options of one <c>strand check</c> run.</summary>
public sealed record CheckOptions(
    ImmutableArray<string> Paths,
    ReportFormat Format,
    ImmutableHashSet<string>? Checks,
    bool Verbose,
    bool Stats);
