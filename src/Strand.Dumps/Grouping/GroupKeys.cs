using System.Text;
using Strand.Dumps.Records;

namespace Strand.Dumps.Grouping;

/// <summary>The text that decides group membership at each <see cref="GroupLevel"/>.</summary>
public static class GroupKeys
{
    public static string For(StackTrace stack, string labels, GroupLevel level)
    {
        var sb = new StringBuilder();
        if (level != GroupLevel.Functions)
        {
            sb.Append(stack.State).Append('\n');
        }
        foreach (var f in stack.Frames)
        {
            Append(sb, f.Function, f.File, f.Line, f.Offset, level);
        }
        if (stack.CreatedBy is { } c)
        {
            sb.Append("created by ");
            Append(sb, c.Function, c.File, c.Line, c.Offset, level);
        }
        if (level == GroupLevel.Exact)
        {
            sb.Append(stack.Elided ? "elided\n" : "").Append("labels ").Append(labels);
        }
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, string function, string file, int line, long offset, GroupLevel level)
    {
        sb.Append(function);
        if (level != GroupLevel.Functions)
        {
            sb.Append(' ').Append(file).Append(':').Append(line);
        }
        if (level == GroupLevel.Exact)
        {
            sb.Append(" +").Append(offset);
        }
        sb.Append('\n');
    }
}
