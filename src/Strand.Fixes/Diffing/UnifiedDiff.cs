using System.Text;

namespace Strand.Fixes.Diffing;

/// <summary>
/// A unified diff of two versions of a file (---/+++ headers with a/ and b/, @@ hunks, three lines
/// of context), over lines compared byte for byte (a CRLF line differs from its LF twin).
/// </summary>
public static class UnifiedDiff
{
    public const int Context = 3;

    public static string Render(string path, byte[] before, byte[] after)
    {
        var a = SplitLines(before);
        var b = SplitLines(after);
        var script = MyersDiff.Compute(a, b);
        if (script.All(op => op.Kind == DiffKind.Equal))
        {
            return "";
        }
        var output = new StringBuilder();
        var display = path.Replace('\\', '/');
        output.Append("--- a/").Append(display).Append('\n');
        output.Append("+++ b/").Append(display).Append('\n');
        foreach (var hunk in Hunks(script))
        {
            WriteHunk(output, hunk, a, b);
        }
        return output.ToString();
    }

    /// <summary>Lines without their '\n'; a last line without '\n' is marked so the diff can say it.</summary>
    internal static List<Line> SplitLines(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var lines = new List<Line>();
        var start = 0;
        while (start < text.Length)
        {
            var nl = text.IndexOf('\n', start);
            if (nl < 0)
            {
                lines.Add(new Line(text[start..], false));
                break;
            }
            lines.Add(new Line(text[start..nl], true));
            start = nl + 1;
        }
        return lines;
    }

    private static IEnumerable<List<DiffOp>> Hunks(List<DiffOp> script)
    {
        // Indices of changed ops; a hunk spans changes whose gap is at most 2 * Context equal lines.
        var changed = Enumerable.Range(0, script.Count).Where(i => script[i].Kind != DiffKind.Equal).ToList();
        var i0 = 0;
        while (i0 < changed.Count)
        {
            var i1 = i0;
            while (i1 + 1 < changed.Count && changed[i1 + 1] - changed[i1] <= 2 * Context + 1)
            {
                i1++;
            }
            var from = Math.Max(0, changed[i0] - Context);
            var to = Math.Min(script.Count - 1, changed[i1] + Context);
            yield return script.GetRange(from, to - from + 1);
            i0 = i1 + 1;
        }
    }

    private static void WriteHunk(StringBuilder output, List<DiffOp> hunk, List<Line> a, List<Line> b)
    {
        var aStart = hunk[0].AIndex;
        var bStart = hunk[0].BIndex;
        var aCount = hunk.Count(op => op.Kind != DiffKind.Insert);
        var bCount = hunk.Count(op => op.Kind != DiffKind.Delete);
        output.Append("@@ -").Append(Range(aStart, aCount)).Append(" +").Append(Range(bStart, bCount)).Append(" @@\n");
        foreach (var op in hunk)
        {
            var (mark, line) = op.Kind switch
            {
                DiffKind.Equal => (' ', a[op.AIndex]),
                DiffKind.Delete => ('-', a[op.AIndex]),
                _ => ('+', b[op.BIndex]),
            };
            output.Append(mark).Append(line.Text).Append('\n');
            if (!line.HasNewline)
            {
                output.Append("\\ No newline at end of file\n");
            }
        }
    }

    // diff's convention: a range starts at 1, an empty range names the line before it.
    private static string Range(int start, int count) => count switch
    {
        0 => $"{start},0",
        1 => $"{start + 1}",
        _ => $"{start + 1},{count}",
    };
}

internal readonly record struct Line(string Text, bool HasNewline);
