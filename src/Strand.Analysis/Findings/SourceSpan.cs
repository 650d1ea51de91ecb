namespace Strand.Analysis.Findings;

/// <summary>
/// A range in a source file: 1-based lines, 1-based byte columns (as Go's tools print them),
/// End exclusive. <see cref="File"/> is the path as the user gave it (relative stays relative).
/// </summary>
public sealed record SourceSpan(string File, int Line, int Column, int EndLine, int EndColumn)
{
    public override string ToString() => $"{File}:{Line}:{Column}";
}

/// <summary>A secondary location of a finding, with what happens there.</summary>
public sealed record RelatedLocation(SourceSpan Span, string Message);

/// <summary>A named program object (a channel, a mutex...) and where it was made or declared.</summary>
public sealed record NamedObject(string Name, SourceSpan Span);
