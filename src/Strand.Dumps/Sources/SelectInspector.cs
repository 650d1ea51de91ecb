using System.Text.RegularExpressions;

namespace Strand.Dumps.Sources;

/// <summary>
/// Reads the source of a <c>select</c> a goroutine waits in and tells whether one of its cases
/// can always fire: a context's <c>Done()</c>, a timer or ticker, <c>time.After</c>, or a <c>default</c>.
/// </summary>
public static partial class SelectInspector
{
    private const int MaxLines = 200;

    /// <summary>The escape case found (in words), or null when the select has none or is not found.</summary>
    public static string? EscapeCase(string[] lines, int line)
    {
        int start = line - 1;
        if (start < 0 || start >= lines.Length)
        {
            return null;
        }
        // The reported line is the select statement; find its opening brace, then its cases.
        int depth = 0;
        bool opened = false;
        for (int i = start; i < lines.Length && i < start + MaxLines; i++)
        {
            string text = StripComment(lines[i]);
            if (i == start && !text.Contains("select", StringComparison.Ordinal))
            {
                return null;
            }
            if (depth == 1 || (i == start))
            {
                var found = Describe(text);
                if (found is not null && (opened || i == start))
                {
                    return found;
                }
            }
            foreach (char c in text)
            {
                if (c == '{')
                {
                    depth++;
                    opened = true;
                }
                else if (c == '}')
                {
                    depth--;
                }
            }
            if (opened && depth <= 0)
            {
                break;
            }
        }
        return null;
    }

    private static string? Describe(string text)
    {
        if (!text.TrimStart().StartsWith("case", StringComparison.Ordinal) && !text.TrimStart().StartsWith("default", StringComparison.Ordinal)
            && !text.Contains("case ", StringComparison.Ordinal))
        {
            return null;
        }
        if (DefaultCase().IsMatch(text))
        {
            return "a default case";
        }
        if (DoneCase().IsMatch(text))
        {
            return "a Done() case";
        }
        if (TimerCase().IsMatch(text))
        {
            return "a timer case";
        }
        return null;
    }

    private static string StripComment(string line)
    {
        int at = line.IndexOf("//", StringComparison.Ordinal);
        return at >= 0 ? line[..at] : line;
    }

    [GeneratedRegex(@"^\s*default\s*:")]
    private static partial Regex DefaultCase();

    [GeneratedRegex(@"case\s+<-\s*[\w.()\[\]]*\.Done\(\)")]
    private static partial Regex DoneCase();

    [GeneratedRegex(@"case\s+(\w+\s*(,\s*\w+)?\s*:?=\s*)?<-\s*(time\.After\(|time\.Tick\(|[\w.()\[\]]*\.C\b|[\w.]*(timer|ticker|timeout|deadline|tick)\w*\b)", RegexOptions.IgnoreCase)]
    private static partial Regex TimerCase();
}
