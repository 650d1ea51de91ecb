using System.Collections.Immutable;
using Strand.Syntax.Ast;

namespace Strand.Syntax.Parsing;

/// <summary>
/// A syntax error at a byte offset (0-based) and its 1-based line and byte column in the file.
/// When a //line directive applies, <see cref="Reported"/> holds the position Go's tools print
/// instead (and <see cref="ToString"/> uses it), so output matches gofmt while Line and Column
/// stay consistent with the file's line table.
/// </summary>
public sealed record SyntaxError(string File, int Offset, int Line, int Column, string Message)
{
    /// <summary>The position after //line directives (Column 0 = unknown), or null when none applies.</summary>
    public ReportedPosition? Reported { get; init; }

    /// <summary>File, line and column as Go's tools report them.</summary>
    public ReportedPosition Effective => Reported ?? new ReportedPosition(File, Line, Column);

    /// <summary>"file:line:col: message", formatted like go/token's Position (no column when 0).</summary>
    public override string ToString()
    {
        var (file, line, column) = Effective;
        var s = file;
        if (line > 0)
        {
            s += (s.Length > 0 ? ":" : "") + line.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (column != 0)
            {
                s += ":" + column.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }
        return (s.Length == 0 ? "-" : s) + ": " + Message;
    }
}

/// <summary>A position as Go's tools report it after //line directives.</summary>
public readonly record struct ReportedPosition(string File, int Line, int Column);

/// <summary>The tree of one file and its syntax errors, sorted by position.</summary>
public sealed record ParseResult(GoFile File, ImmutableArray<SyntaxError> Errors)
{
    public bool HasErrors => !Errors.IsEmpty;
}
