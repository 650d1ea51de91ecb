using Strand.Analysis.Findings;
using Strand.Fixes.Editing;
using Strand.Fixes.Syntax;
using Strand.Syntax.Ast;

namespace Strand.Fixes.Planners;

/// <summary>
/// What a planner sees: the finding, the file of its blocked operation (bytes and tree), the other
/// files it names, and the path from the file root to the blocked operation.
/// </summary>
public sealed class FixContext
{
    private readonly Func<string, SourceDocument?> _documents;
    private readonly List<string> _declines = [];

    public FixContext(Finding finding, SourceDocument document, Func<string, SourceDocument?> documents)
    {
        Finding = finding;
        Document = document;
        _documents = documents;
        SpanStart = document.OffsetOf(finding.Span.Line, finding.Span.Column);
        SpanEnd = Math.Max(SpanStart, document.OffsetOf(finding.Span.EndLine, finding.Span.EndColumn));
        Path = NodePath.To(document.File, SpanStart, SpanEnd);
    }

    public Finding Finding { get; }
    public SourceDocument Document { get; }
    public int SpanStart { get; }
    public int SpanEnd { get; }

    /// <summary>Root to the innermost node covering the finding's span.</summary>
    public NodePath Path { get; }

    /// <summary>Why planners declined, in plain words, for the "no remedy fits" report.</summary>
    public IReadOnlyList<string> Declines => _declines;

    public SourceDocument? DocumentOf(string path) =>
        path == Document.Path ? Document : _documents(path);

    /// <summary>Records why a planner's preconditions do not hold and returns no fixes.</summary>
    public IEnumerable<SuggestedFix> Decline(string planner, string reason)
    {
        _declines.Add($"{planner}: {reason}");
        return [];
    }

    /// <summary>The document and path for another span (the channel's make site, the go statement).</summary>
    public (SourceDocument Document, NodePath Path)? Locate(SourceSpan span)
    {
        var document = DocumentOf(span.File);
        if (document is null)
        {
            return null;
        }
        var start = document.OffsetOf(span.Line, span.Column);
        var end = Math.Max(start, document.OffsetOf(span.EndLine, span.EndColumn));
        return (document, NodePath.To(document.File, start, end));
    }
}
