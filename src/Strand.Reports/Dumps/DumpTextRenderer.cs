using System.Collections.Immutable;
using System.Text;
using Strand.Dumps.Verdicts;
using static Strand.Reports.Dumps.DumpFormat;

namespace Strand.Reports.Dumps;

/// <summary>
/// The default output of <c>strand dump</c>: a summary line, then one table row per group (most
/// suspect first) with its reason, source line and linked findings beneath it.
/// </summary>
public static class DumpTextRenderer
{
    public static string Render(DumpReport report, Func<GroupReport, ImmutableArray<FindingLink>>? links = null)
    {
        var sb = new StringBuilder();
        int suspects = report.Groups.Count(g => g.Verdict.Suspect);
        bool series = report.Snapshots.Count > 1;
        sb.Append(N(report.Goroutines)).Append(" goroutines");
        if (series)
        {
            sb.Append(" in the last of ").Append(N(report.Snapshots.Count)).Append(" snapshots (")
              .Append(string.Join(" -> ", report.Snapshots.Select(s => N(s.Goroutines)))).Append(')');
        }
        sb.Append(", ").Append(N(report.Groups.Count)).Append(" groups (").Append(report.Level.ToString().ToLowerInvariant())
          .Append("), ").Append(N(suspects)).Append(suspects == 1 ? " leak suspect" : " leak suspects").Append('\n');
        if (report.Groups.Count > 0)
        {
            var rows = new List<string[]> { Header(series) };
            rows.AddRange(report.Groups.Select((g, i) => Row(g, i + 1, series)));
            var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
            sb.Append('\n');
            for (int r = 0; r < rows.Count; r++)
            {
                AppendRow(sb, rows[r], widths);
                if (r > 0)
                {
                    AppendDetails(sb, report.Groups[r - 1], links);
                }
            }
        }
        return sb.ToString();
    }

    private static string[] Header(bool series) =>
        ["#", "VERDICT", "COUNT", series ? "DELTA" : "", "STATE", "WAIT", "BLOCKS AT", "CREATED BY", "MEMORY"];

    private static string[] Row(GroupReport g, int rank, bool series)
    {
        var frame = g.Blocking;
        string at = frame is null ? "-" : $"{Strand.Dumps.Records.FunctionNames.Short(frame.Function)} {ShortPath(frame.File)}:{N(frame.Line)}";
        var c = g.Stack.CreatedBy;
        string created = c is null ? "-" : $"{Strand.Dumps.Records.FunctionNames.Short(c.Function)} {ShortPath(c.File)}:{N(c.Line)}";
        string verdict = g.Verdict.Suspect ? (g.Verdict.Evidence == Evidence.Certain ? "LEAKED" : "SUSPECT") : "ok";
        string flags = string.Join(",", FlagWords(g.Group.Flags));
        return
        [
            N(rank), verdict, N(g.Group.LastCount), series ? Signed(g.Growth.Delta) : "",
            State(g) + (flags.Length > 0 ? $" [{flags}]" : ""),
            g.Group.MaxMinutes > 0 ? N(g.Group.MaxMinutes) + "m" : "-",
            at, created, Bytes(g.MemoryBytes),
        ];
    }

    private static void AppendRow(StringBuilder sb, string[] cells, int[] widths)
    {
        var line = new StringBuilder();
        for (int c = 0; c < cells.Length; c++)
        {
            if (widths[c] == 0)
            {
                continue;
            }
            bool numeric = c is 0 or 2 or 3;
            line.Append(numeric ? cells[c].PadLeft(widths[c]) : cells[c].PadRight(widths[c])).Append("  ");
        }
        sb.Append(line.ToString().TrimEnd()).Append('\n');
    }

    private static void AppendDetails(StringBuilder sb, GroupReport g, Func<GroupReport, ImmutableArray<FindingLink>>? links)
    {
        const string indent = "      ";
        sb.Append(indent).Append(g.Verdict.Reason).Append('\n');
        if (g.SourceLine is { Length: > 0 } source)
        {
            sb.Append(indent).Append("> ").Append(source).Append('\n');
        }
        if (g.Group.Labels.Length > 0)
        {
            sb.Append(indent).Append("labels: ").Append(string.Join(" | ", g.Group.Labels)).Append('\n');
        }
        if (links is null)
        {
            return;
        }
        foreach (var link in links(g))
        {
            sb.Append(indent).Append("explained by ").Append(link.Finding.Span.ToString()).Append(": ")
              .Append(link.Finding.Message).Append(" (").Append(link.Finding.Check).Append(")\n");
        }
    }
}
