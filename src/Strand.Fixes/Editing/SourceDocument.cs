using System.Text;
using Strand.Analysis.Findings;
using Strand.Syntax.Ast;
using Strand.Syntax.Text;

namespace Strand.Fixes.Editing;

/// <summary>
/// One Go file as read: its exact bytes, its syntax tree and its conventions (line ending, BOM).
/// Planners build edits through it so that every inserted line uses the file's own line ending.
/// </summary>
public sealed class SourceDocument
{
    public SourceDocument(string path, byte[] bytes, GoFile file)
    {
        Path = path;
        Bytes = bytes;
        File = file;
        Newline = DetectNewline(bytes);
        HasBom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
    }

    /// <summary>The path as the user gave it (the key of findings' spans).</summary>
    public string Path { get; }

    public byte[] Bytes { get; }
    public GoFile File { get; }

    /// <summary>"\r\n" when the file's first line ends so, else "\n".</summary>
    public string Newline { get; }

    public bool HasBom { get; }

    public LineTable Lines => File.Lines;

    public string Text(int start, int end) => Encoding.UTF8.GetString(Bytes, start, end - start);

    public string Text(Node node) => Text(node.Pos, node.End);

    /// <summary>Byte offset of a 1-based line and column (as findings carry them).</summary>
    public int OffsetOf(int line, int column) =>
        Math.Clamp(Lines.LineStart(line) + column - 1, 0, Bytes.Length);

    public int LineStartOf(int offset) => Lines.LineStart(Lines.Position(offset).Line);

    /// <summary>Offset just after the line terminator of the line holding <paramref name="offset"/>.</summary>
    public int NextLineStart(int offset)
    {
        var i = Array.IndexOf(Bytes, (byte)'\n', Math.Min(offset, Bytes.Length));
        return i < 0 ? Bytes.Length : i + 1;
    }

    /// <summary>The leading tabs and spaces of the line holding <paramref name="offset"/>.</summary>
    public string IndentOf(int offset)
    {
        var start = LineStartOf(offset);
        var i = start;
        while (i < Bytes.Length && (Bytes[i] == (byte)'\t' || Bytes[i] == (byte)' '))
        {
            i++;
        }
        return Text(start, i);
    }

    /// <summary>True when only blanks precede <paramref name="offset"/> on its line.</summary>
    public bool StartsLine(int offset)
    {
        for (var i = LineStartOf(offset); i < offset; i++)
        {
            if (Bytes[i] != (byte)'\t' && Bytes[i] != (byte)' ')
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>True when only blanks, perhaps a trailing <c>//</c> comment, then the line end follow <paramref name="offset"/>.</summary>
    public bool EndsLine(int offset) => TrailingComment(offset) is not null;

    /// <summary>
    /// The <c>//</c> comment that ends the line after <paramref name="offset"/> ("" when the line just
    /// ends), or null when other code follows on the line.
    /// </summary>
    public string? TrailingComment(int offset)
    {
        var i = offset;
        while (i < Bytes.Length && (Bytes[i] == (byte)'\t' || Bytes[i] == (byte)' '))
        {
            i++;
        }
        if (i >= Bytes.Length || Bytes[i] == (byte)'\n' || (Bytes[i] == (byte)'\r' && i + 1 < Bytes.Length && Bytes[i + 1] == (byte)'\n'))
        {
            return "";
        }
        if (i + 1 < Bytes.Length && Bytes[i] == (byte)'/' && Bytes[i + 1] == (byte)'/')
        {
            var end = NextLineStart(i);
            return Text(i, end).TrimEnd('\n', '\r');
        }
        return null;
    }

    /// <summary>An edit replacing [start, end) whose "\n"s become the file's line ending.</summary>
    public TextEdit Edit(int start, int end, string newText)
    {
        var text = Newline == "\n" ? newText : newText.Replace("\n", Newline, StringComparison.Ordinal);
        var from = Lines.Position(start);
        var to = Lines.Position(end);
        return new TextEdit(new SourceSpan(Path, from.Line, from.Column, to.Line, to.Column), start, end, text);
    }

    public TextEdit Insert(int offset, string text) => Edit(offset, offset, text);

    private static string DetectNewline(byte[] bytes)
    {
        var i = Array.IndexOf(bytes, (byte)'\n');
        return i > 0 && bytes[i - 1] == (byte)'\r' ? "\r\n" : "\n";
    }
}
