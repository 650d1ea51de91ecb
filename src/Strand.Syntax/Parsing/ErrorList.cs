using System.Collections.Immutable;
using Strand.Syntax.Text;

namespace Strand.Syntax.Parsing;

/// <summary>
/// Collects the errors of one file at Go's reported positions (after //line directives); parser
/// errors keep at most one per line, as go/parser does without its AllErrors mode.
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
        var (file, line, column) = Directives.Position(offset);
        _errors.Add(new SyntaxError(file, offset, line, column, message));
    }

    /// <summary>Adds a parser error unless the last recorded error is on the same line.</summary>
    public void AddParserError(int offset, string message)
    {
        if (_errors.Count > 0 && _errors[^1].Line == Directives.Line(offset))
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
            var c = string.CompareOrdinal(a.File, b.File);
            if (c != 0) return c;
            c = a.Line.CompareTo(b.Line);
            if (c != 0) return c;
            c = a.Column.CompareTo(b.Column);
            if (c != 0) return c;
            return string.CompareOrdinal(a.Message, b.Message);
        });
        return ImmutableArray.Create(copy);
    }
}
