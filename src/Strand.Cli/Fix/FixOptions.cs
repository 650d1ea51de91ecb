using System.Collections.Immutable;

namespace Strand.Cli.Fix;

/// <summary>The validated options of one <c>strand fix</c> run.</summary>
public sealed record FixOptions(ImmutableArray<string> Paths, ImmutableHashSet<string>? Checks, bool Write);
