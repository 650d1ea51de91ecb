namespace Strand.Dumps.Sources;

/// <summary>Finds the top-level Go function around a line by its <c>func</c> line and closing brace.</summary>
public static class FunctionRanges
{
    /// <summary>1-based first and last line of the function holding <paramref name="line"/>, or null.</summary>
    public static (int Start, int End)? Enclosing(string[] lines, int line)
    {
        if (line < 1 || line > lines.Length)
        {
            return null;
        }
        int start = -1;
        for (int i = line - 1; i >= 0; i--)
        {
            if (lines[i].StartsWith("func ", StringComparison.Ordinal))
            {
                start = i;
                break;
            }
            if (i < line - 1 && lines[i].StartsWith('}'))
            {
                return null; // the line sits between declarations
            }
        }
        if (start < 0)
        {
            return null;
        }
        for (int i = start; i < lines.Length; i++)
        {
            if (lines[i].StartsWith('}') || (i > start && lines[i].StartsWith("func ", StringComparison.Ordinal)) ||
                (i == start && lines[i].TrimEnd().EndsWith('}')))
            {
                int end = lines[i].StartsWith("func ", StringComparison.Ordinal) && i > start ? i : i + 1;
                return end >= line ? (start + 1, end) : null;
            }
        }
        return (start + 1, lines.Length);
    }
}
