namespace Strand.Syntax.Text;

/// <summary>A 1-based line and byte column, as Go's tools print them.</summary>
public readonly record struct LineColumn(int Line, int Column)
{
    public override string ToString() => $"{Line}:{Column}";
}

/// <summary>Maps byte offsets of one file to line and column using the offsets of line starts.</summary>
public sealed class LineTable
{
    private readonly int[] _lineStarts;

    public LineTable(int[] lineStarts, int length)
    {
        _lineStarts = lineStarts;
        Length = length;
    }

    /// <summary>Length of the file in bytes.</summary>
    public int Length { get; }

    public int LineCount => _lineStarts.Length;

    /// <summary>Builds the table by scanning <paramref name="text"/> for '\n' (no line starts at the very end).</summary>
    public static LineTable Build(ReadOnlySpan<byte> text)
    {
        // As go/token, a line starting at the very end of the file is not a line: EOF after a
        // final newline reports on the last line. Counting first sizes the array exactly.
        var newlines = text.Count((byte)'\n');
        if (newlines > 0 && text[^1] == (byte)'\n')
        {
            newlines--;
        }
        var starts = new int[newlines + 1];
        var offset = 0;
        for (var n = 1; n < starts.Length; n++)
        {
            offset += text[offset..].IndexOf((byte)'\n') + 1;
            starts[n] = offset;
        }
        return new LineTable(starts, text.Length);
    }

    /// <summary>Offset of the first byte of 1-based <paramref name="line"/>.</summary>
    public int LineStart(int line) => _lineStarts[Math.Clamp(line, 1, _lineStarts.Length) - 1];

    /// <summary>Line and column of a byte offset (clamped into the file).</summary>
    public LineColumn Position(int offset)
    {
        offset = Math.Clamp(offset, 0, Length);
        var index = Array.BinarySearch(_lineStarts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }
        return new LineColumn(index + 1, offset - _lineStarts[index] + 1);
    }
}
