using System.Collections.Immutable;

namespace Strand.Analysis.Findings;

/// <summary>
/// One reported problem: the blocked operation's position, the check that found it, a message in
/// plain words, the goroutine that blocks (the <c>go</c> statement; null for an entry goroutine),
/// the object it blocks on, related locations, the witness (the steps that lead to the state
/// where nothing can wake it) and the remedies that fit, best first.
/// </summary>
public sealed record Finding(
    string Check,
    Severity Severity,
    string Message,
    SourceSpan Span,
    SourceSpan? Goroutine,
    NamedObject? Object,
    ImmutableArray<RelatedLocation> Related,
    ImmutableArray<string> Witness,
    ImmutableArray<SuggestedFix> Fixes);
