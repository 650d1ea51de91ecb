namespace Strand.Syntax.Text;

/// <summary>
/// Line lookups for offsets that mostly move forward, as a parser's tokens do: it starts from the
/// line found last and only falls back to a binary search on a jump.
/// </summary>
internal struct LineCursor(LineTable lines)
{
    private int _line = 1;

    /// <summary>The 1-based line of <paramref name="offset"/> (clamped into the file, as <see cref="LineTable.Position"/>).</summary>
    public int Line(int offset)
    {
        var line = _line;
        var count = lines.LineCount;
        if (offset >= lines.LineStart(line))
        {
            // Same line, or a few lines further on (comment groups, blank lines).
            for (var step = 0; step < 4; step++)
            {
                if (line == count || offset < lines.LineStart(line + 1))
                {
                    return _line = line;
                }
                line++;
            }
        }
        return _line = lines.Position(offset).Line;
    }
}
