using System.Collections.Immutable;
using Strand.Analysis.Findings;

namespace Strand.Analysis.Suppression;

/// <summary>
/// A well-formed <c>//strand:ignore</c> (line scope: its own line and the next) or
/// <c>//strand:file-ignore</c> (the whole file) directive.
/// </summary>
public sealed record IgnoreDirective(
    SourceSpan Span,
    bool FileScope,
    ImmutableArray<string> Checks,
    string Reason)
{
    public string Keyword => FileScope ? DirectiveParser.FileIgnore : DirectiveParser.LineIgnore;

    public bool Covers(Finding finding) =>
        Checks.Contains(finding.Check, StringComparer.Ordinal)
        && (FileScope || finding.Span.Line == Span.Line || finding.Span.Line == Span.Line + 1);
}
