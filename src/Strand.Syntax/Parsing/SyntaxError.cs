using System.Collections.Immutable;
using Strand.Syntax.Ast;

namespace Strand.Syntax.Parsing;

/// <summary>
/// A syntax error at a byte offset (0-based) and its 1-based line and byte column. File, Line and
/// Column are where Go's tools report it: a //line directive changes them (Column 0 = unknown).
/// </summary>
public sealed record SyntaxError(string File, int Offset, int Line, int Column, string Message)
{
    /// <summary>"file:line:col: message", formatted like go/token's Position (no column when 0).</summary>
    public override string ToString()
    {
        var s = File;
        if (Line > 0)
        {
            s += (s.Length > 0 ? ":" : "") + Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (Column != 0)
            {
                s += ":" + Column.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }
        return (s.Length == 0 ? "-" : s) + ": " + Message;
    }
}

/// <summary>The tree of one file and its syntax errors, sorted by position.</summary>
public sealed record ParseResult(GoFile File, ImmutableArray<SyntaxError> Errors)
{
    public bool HasErrors => !Errors.IsEmpty;
}
