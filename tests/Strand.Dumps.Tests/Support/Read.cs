using System.Text;
using Strand.Dumps.Grouping;
using Strand.Dumps.Records;
using Strand.Dumps.Verdicts;

namespace Strand.Dumps.Tests.Support;

/// <summary>Reads test inputs into records, snapshots and reports.</summary>
internal static class Read
{
    public static RecordingSink Records(string path)
    {
        var sink = new RecordingSink();
        using var stream = File.OpenRead(path);
        Formats.DumpReader.Read(stream, path, new StackTable(), sink);
        return sink;
    }

    public static RecordingSink RecordsOfText(string text) => RecordsOfBytes(Encoding.UTF8.GetBytes(text));

    public static RecordingSink RecordsOfBytes(byte[] bytes)
    {
        var sink = new RecordingSink();
        Formats.DumpReader.Read(new MemoryStream(bytes), "<test>", new StackTable(), sink);
        return sink;
    }

    public static SnapshotCollector Collect(params string[] paths)
    {
        var collector = new SnapshotCollector();
        foreach (var path in paths)
        {
            using var stream = File.OpenRead(path);
            collector.Read(stream, path);
        }
        return collector;
    }

    public static SnapshotCollector CollectText(params string[] texts)
    {
        var collector = new SnapshotCollector();
        foreach (var text in texts)
        {
            collector.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "<test>");
        }
        return collector;
    }

    public static DumpReport Report(params string[] paths) => DumpAnalysis.Analyze(Collect(paths));
}

/// <summary>Keeps everything a parser sends (tests only: real runs aggregate instead).</summary>
internal sealed class RecordingSink : IDumpSink
{
    public List<GoroutineRecord> Goroutines { get; } = [];
    public List<DumpDiagnostic> Diagnostics { get; } = [];
    public int Snapshots { get; private set; }

    public long Total => Goroutines.Sum(g => g.Count);

    public void BeginSnapshot(string source) => Snapshots++;

    public void OnGoroutine(GoroutineRecord record) => Goroutines.Add(record);

    public void OnDiagnostic(DumpDiagnostic diagnostic) => Diagnostics.Add(diagnostic);

    public GoroutineRecord Id(long id) => Goroutines.Single(g => g.Id == id);
}
