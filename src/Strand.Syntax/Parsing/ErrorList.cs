using System.Collections.Immutable;
using Strand.Syntax.Text;

namespace Strand.Syntax.Parsing;

/// <summary>
/// Collects the errors of one file; parser errors keep at most one per (reported) line, as go/parser
/// does without its AllErrors mode. Positions after //line directives go to SyntaxError.Reported.
/// </summary>
internal sealed class ErrorList(string path, LineTable lines)
{
    private const int MaxErrors = 1000; // a hostile file must not produce unbounded output

    private readonly List<SyntaxError> _errors = [];

    public int Count => _errors.Count;

    /// <summary>The file's line directives, filled in by the scanner as it meets them.</summary>
    public LineDirectives Directives { get; } = new(path, lines);

    /// <summary>Adds a scanner error (never de-duplicated, like go/scanner's handler).</summary>
    public void Add(int offset, string message)
    {
        if (_errors.Count >= MaxErrors)
        {
            return;
        }
        var raw = Directives.Lines.Position(offset);
        var error = new SyntaxError(Directives.Path, offset, raw.Line, raw.Column, message);
        if (!Directives.IsEmpty)
        {
            var (file, line, column) = Directives.Position(offset);
            if (file != error.File || line != raw.Line || column != raw.Column)
            {
                error = error with { Reported = new ReportedPosition(file, line, column) };
            }
        }
        _errors.Add(error);
    }

    /// <summary>Adds a parser error unless the last recorded error is on the same line.</summary>
    public void AddParserError(int offset, string message)
    {
        if (_errors.Count > 0 && _errors[^1].Effective.Line == Directives.Line(offset))
        {
            return;
        }
        Add(offset, message);
    }

    public ImmutableArray<SyntaxError> ToSortedArray()
    {
        var copy = _errors.ToArray();
        // Stable order by file, line, column, then message, as go/scanner's ErrorList.Sort.
        Array.Sort(copy, static (a, b) =>
        {
            var (x, y) = (a.Effective, b.Effective);
            var c = string.CompareOrdinal(x.File, y.File);
            if (c != 0) return c;
            c = x.Line.CompareTo(y.Line);
            if (c != 0) return c;
            c = x.Column.CompareTo(y.Column);
            if (c != 0) return c;
            return string.CompareOrdinal(a.Message, b.Message);
        });
        return ImmutableArray.Create(copy);
    }
}
