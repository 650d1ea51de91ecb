using System.Numerics;
using System.Runtime.Intrinsics;

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
        FillLineStarts(text, starts);
        return new LineTable(starts, text.Length);
    }

    /// <summary>
    /// Writes the offset after each '\n' into starts[1..] until it is full. Lines are short, so
    /// one search per line would spend its time starting searches: instead each 16-byte block
    /// yields a bit mask of its newlines.
    /// </summary>
    private static void FillLineStarts(ReadOnlySpan<byte> text, int[] starts)
    {
        var n = 1;
        var i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            var newline = Vector128.Create((byte)'\n');
            for (; i + Vector128<byte>.Count <= text.Length && n < starts.Length; i += Vector128<byte>.Count)
            {
                var mask = Vector128.Equals(Vector128.Create(text.Slice(i, Vector128<byte>.Count)), newline).ExtractMostSignificantBits();
                while (mask != 0 && n < starts.Length)
                {
                    starts[n++] = i + BitOperations.TrailingZeroCount(mask) + 1;
                    mask &= mask - 1;
                }
            }
        }
        for (; i < text.Length && n < starts.Length; i++)
        {
            if (text[i] == (byte)'\n')
            {
                starts[n++] = i + 1;
            }
        }
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
