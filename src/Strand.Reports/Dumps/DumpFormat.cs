using System.Globalization;
using Strand.Dumps.Records;
using Strand.Dumps.Verdicts;

namespace Strand.Reports.Dumps;

/// <summary>Small formatting helpers shared by the dump renderers.</summary>
internal static class DumpFormat
{
    public static string N(long n) => n.ToString(CultureInfo.InvariantCulture);

    public static string Signed(long n) => (n > 0 ? "+" : "") + N(n);

    /// <summary>The last two path components: enough to recognise a file in a table.</summary>
    public static string ShortPath(string path)
    {
        var normal = path.Replace('\\', '/');
        int last = normal.LastIndexOf('/');
        if (last <= 0)
        {
            return normal;
        }
        int previous = normal.LastIndexOf('/', last - 1);
        return previous < 0 ? normal : normal[(previous + 1)..];
    }

    public static string Bytes(long bytes) => bytes switch
    {
        >= 1L << 30 => (bytes / (double)(1L << 30)).ToString("0.0", CultureInfo.InvariantCulture) + " GiB",
        >= 1L << 20 => (bytes / (double)(1L << 20)).ToString("0.0", CultureInfo.InvariantCulture) + " MiB",
        >= 1L << 10 => (bytes / (double)(1L << 10)).ToString("0.0", CultureInfo.InvariantCulture) + " KiB",
        _ => N(bytes) + " B",
    };

    public static IEnumerable<string> FlagWords(GoroutineFlags flags)
    {
        if ((flags & GoroutineFlags.Leaked) != 0) yield return "leaked";
        if ((flags & GoroutineFlags.LockedToThread) != 0) yield return "locked-to-thread";
        if ((flags & GoroutineFlags.Durable) != 0) yield return "durable";
        if ((flags & GoroutineFlags.Scan) != 0) yield return "scan";
        if ((flags & GoroutineFlags.Truncated) != 0) yield return "truncated";
    }

    /// <summary>The state to show: the printed wait reason, or the inferred wait when the form prints none.</summary>
    public static string State(GroupReport g) => g.Stack.State.Length > 0 ? g.Stack.State : Inferred(g.Wait.Kind);

    private static string Inferred(WaitKind kind) => kind switch
    {
        WaitKind.ChanSend => "chan send",
        WaitKind.ChanReceive => "chan receive",
        WaitKind.Select => "select",
        WaitKind.SelectNoCases => "select (no cases)",
        WaitKind.Mutex or WaitKind.Once => "sync.Mutex.Lock",
        WaitKind.Semaphore => "semacquire",
        WaitKind.Cond => "sync.Cond.Wait",
        WaitKind.WaitGroup => "sync.WaitGroup.Wait",
        WaitKind.IO or WaitKind.Accept => "IO wait",
        WaitKind.Sleep => "sleep",
        WaitKind.Syscall => "syscall",
        WaitKind.Running => "running",
        WaitKind.Runtime => "runtime",
        _ => "waiting",
    };
}
