using Strand.Analysis.Findings;
using Strand.Fixes.Editing;
using Strand.Syntax.Text;

namespace Strand.Fixes.Engine;

/// <summary>
/// Recognises a finding of the original code in the analysis of edited code: same check, same file,
/// and its position mapped through the edits lands on the same line. Messages are not compared:
/// they quote line numbers that edits shift.
/// </summary>
internal sealed class FindingMatcher(SourceSet sources, IReadOnlyDictionary<string, List<TextEdit>> edits,
    IReadOnlyDictionary<string, byte[]> updated)
{
    private readonly Dictionary<string, LineTable> _newLines = new(StringComparer.Ordinal);

    public (string Check, string File, int Line) KeyOfOriginal(Finding finding)
    {
        var file = finding.Span.File;
        if (!edits.TryGetValue(file, out var fileEdits) || fileEdits.Count == 0 || sources.Get(file) is not { } document)
        {
            return (finding.Check, file, finding.Span.Line);
        }
        var offset = document.OffsetOf(finding.Span.Line, finding.Span.Column);
        var mapped = EditApplier.MapOffset(offset, fileEdits);
        return (finding.Check, file, NewLines(file).Position(mapped).Line);
    }

    public static (string Check, string File, int Line) KeyOfNew(Finding finding) =>
        (finding.Check, finding.Span.File, finding.Span.Line);

    private LineTable NewLines(string file)
    {
        if (!_newLines.TryGetValue(file, out var table))
        {
            table = LineTable.Build(updated[file]);
            _newLines[file] = table;
        }
        return table;
    }
}
