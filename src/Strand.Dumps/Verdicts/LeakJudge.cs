using System.Globalization;
using Strand.Dumps.Diff;
using Strand.Dumps.Grouping;
using Strand.Dumps.Records;

namespace Strand.Dumps.Verdicts;

/// <summary>
/// Decides whether a group is a leak suspect. In order: the runtime's own <c>(leaked)</c> mark is
/// certain; waits that end by themselves (IO, Accept, sleep, syscalls, the runtime's goroutines)
/// are not leaks; neither is a wait entirely inside the standard library; a nil channel or an
/// empty select never wakes; a select with a Done()/timer/default case can wake; other blocking
/// waits in the program's code are suspects when they grew, are many alike, or waited long.
/// </summary>
public static class LeakJudge
{
    public static Verdict Judge(GoroutineGroup group, WaitClass wait, bool inUserCode, Growth growth, string? selectEscape, int snapshots, VerdictRules rules)
    {
        string what = wait.Words;
        string growthWords = growth.EveryInterval ? $"; it grew in every interval ({Intervals(growth)})" : "";
        if ((group.Flags & GoroutineFlags.Leaked) != 0)
        {
            return new Verdict(true, Evidence.Certain, $"the Go runtime marked them leaked: {what} on something no running goroutine can reach");
        }
        if ((group.Flags & GoroutineFlags.Durable) != 0)
        {
            return new Verdict(false, Evidence.None, $"durably blocked in a synctest bubble ({what}): a test's fake-time wait");
        }
        if (!wait.IsBlocking && wait.Kind != WaitKind.Unknown)
        {
            string why = wait.Kind switch
            {
                WaitKind.IO => "waiting for IO (a connection, pipe or file), which ends when data or a close arrives",
                WaitKind.Accept => "waiting in Accept: a server's listening loop",
                WaitKind.Sleep => "sleeping: it wakes by itself",
                WaitKind.Syscall => "in a system call",
                WaitKind.Running => "running, not blocked",
                WaitKind.SyncTest => "running a synctest bubble",
                _ => $"{what}: part of the Go runtime",
            };
            return new Verdict(false, Evidence.None, why + growthWords);
        }
        if (!inUserCode)
        {
            return new Verdict(false, Evidence.None, $"{what} inside the standard library, not in the program's own code{growthWords}");
        }
        if (wait.IsForever)
        {
            return new Verdict(true, Evidence.Forever, $"{what}: nothing can ever wake it{growthWords}");
        }
        if (wait.Kind == WaitKind.Select && selectEscape is not null)
        {
            return new Verdict(false, Evidence.None, $"its select has {selectEscape}, so it can wake{growthWords}");
        }
        long count = group.LastCount;
        string many = $"{count.ToString(CultureInfo.InvariantCulture)} goroutine{(count == 1 ? "" : "s")} {what}";
        string minutes = group.MaxMinutes > 0 ? $" for {group.MaxMinutes.ToString(CultureInfo.InvariantCulture)} minute{(group.MaxMinutes == 1 ? "" : "s")}" : "";
        if (growth.EveryInterval)
        {
            return new Verdict(true, Evidence.GrewEveryInterval, $"{many}{minutes}; grew in every interval ({Intervals(growth)})");
        }
        if (growth.Grew)
        {
            return new Verdict(true, Evidence.Grew, $"{many}{minutes}; grew by {growth.Delta.ToString(CultureInfo.InvariantCulture)} over {snapshots.ToString(CultureInfo.InvariantCulture)} snapshots");
        }
        bool longWait = group.MaxMinutes >= rules.LongWaitMinutes;
        bool manyAlike = count >= rules.ManyAlike;
        if (longWait)
        {
            return new Verdict(true, Evidence.ManyOrLong, $"{many}{minutes}: blocked for long");
        }
        if (manyAlike && snapshots < 2)
        {
            return new Verdict(true, Evidence.ManyOrLong, $"{many}{minutes}: many alike blocked at the same place");
        }
        if (manyAlike)
        {
            return new Verdict(false, Evidence.Weak, $"{many}{minutes}, but steady across {snapshots.ToString(CultureInfo.InvariantCulture)} snapshots: a pool rather than a leak");
        }
        return new Verdict(false, Evidence.Weak,
            $"{many}{minutes} in the program's code, but fewer than {rules.ManyAlike.ToString(CultureInfo.InvariantCulture)} and waiting under {rules.LongWaitMinutes.ToString(CultureInfo.InvariantCulture)} minutes: compare with a later snapshot");
    }

    private static string Intervals(Growth growth) =>
        string.Join(", ", growth.Intervals.Select(d => (d >= 0 ? "+" : "") + d.ToString(CultureInfo.InvariantCulture)));
}
