using Strand.Dumps.Diff;
using Strand.Dumps.Grouping;
using Strand.Dumps.Sources;

namespace Strand.Dumps.Verdicts;

/// <summary>Groups what a collector read, judges each group and ranks them most suspect first.</summary>
public static class DumpAnalysis
{
    public static DumpReport Analyze(SnapshotCollector collector, GroupLevel level = GroupLevel.Lines, SourceIndex? sources = null, VerdictRules? rules = null)
    {
        rules ??= VerdictRules.Default;
        var snapshots = collector.Snapshots;
        var reports = new List<GroupReport>();
        foreach (var group in Grouper.Group(snapshots, level))
        {
            var wait = WaitClassifier.Classify(group.Stack);
            var user = BlockingFrame.InUserCode(group.Stack);
            var shown = user ?? BlockingFrame.ToShow(group.Stack);
            var growth = Growth.Of(group.Counts);
            string? sourceLine = null;
            string? resolved = null;
            string? escape = null;
            if (sources is not null && shown is not null)
            {
                resolved = sources.Resolve(shown.File);
                sourceLine = sources.Line(shown.File, shown.Line);
                if (wait.Kind == WaitKind.Select && sources.Lines(shown.File) is { } lines)
                {
                    escape = SelectInspector.EscapeCase(lines, shown.Line);
                }
            }
            var verdict = LeakJudge.Judge(group, wait, user is not null, growth, escape, snapshots.Count, rules);
            long memory = MemoryEstimate.Of(group.LastCount, group.MaxStackBytes);
            reports.Add(new GroupReport(group, wait, shown, user is not null, growth, verdict, memory, sourceLine, resolved));
        }
        reports.Sort(Ranking.Compare);
        return new DumpReport(reports, snapshots, collector.Diagnostics, level);
    }
}
