using System.Collections.Immutable;

namespace Strand.Analysis.Findings;

/// <summary>
/// Replace the bytes [StartOffset, EndOffset) of <see cref="SourceSpan.File"/> with
/// <see cref="NewText"/>. Line/column are kept for reports; offsets are what edits apply.
/// </summary>
public sealed record TextEdit(SourceSpan Span, int StartOffset, int EndOffset, string NewText);

/// <summary>A remedy: a title in plain words and the edits it implies (possibly in several files).</summary>
public sealed record SuggestedFix(string Title, ImmutableArray<TextEdit> Edits);
