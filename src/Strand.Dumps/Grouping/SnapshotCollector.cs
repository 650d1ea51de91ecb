using Strand.Dumps.Formats;
using Strand.Dumps.Records;

namespace Strand.Dumps.Grouping;

/// <summary>
/// The sink that aggregates as it reads: goroutines go into per-snapshot tallies of interned
/// stacks, so memory follows distinct stacks. Read several inputs in order into one collector
/// to get a series of snapshots.
/// </summary>
public sealed class SnapshotCollector : IDumpSink
{
    private readonly List<Snapshot> _snapshots = [];
    private readonly List<DumpDiagnostic> _diagnostics = [];
    private Snapshot? _current;
    private string _source = "";

    public StackTable Stacks { get; } = new();

    /// <summary>Snapshots that hold at least one goroutine, in reading order.</summary>
    public IReadOnlyList<Snapshot> Snapshots => _snapshots.Where(s => s.Goroutines > 0).ToList();

    public IReadOnlyList<DumpDiagnostic> Diagnostics => _diagnostics;

    public bool HasErrors => _diagnostics.Any(d => d.Level == DiagnosticLevel.Error);

    /// <summary>Reads one input (file, stdin, HTTP body) as the next snapshot(s).</summary>
    public ReadSummary Read(Stream input, string source)
    {
        _current = null; // a new input always starts a new snapshot
        _source = source;
        return DumpReader.Read(input, source, Stacks, this);
    }

    /// <summary>
    /// Reads one file as the next snapshot(s). A text dump of at least <paramref name="minParallelBytes"/>
    /// is read in <paramref name="chunks"/> pieces on all cores (0: four per core) when it can be cut
    /// safely; otherwise, or when any chunk leaves a doubt, it is read sequentially. Either way the
    /// result is the same.
    /// </summary>
    public ReadSummary ReadFile(string path, string source, int chunks = 0, long minParallelBytes = ParallelFileReader.DefaultMinBytes)
    {
        if (new FileInfo(path).Length >= minParallelBytes)
        {
            int pieces = chunks > 0 ? chunks : Environment.ProcessorCount * 4;
            if (pieces > 1 && ParallelFileReader.TryRead(path, source, pieces) is { } parts)
            {
                return Absorb(parts, source);
            }
        }
        using var s = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        return Read(s, source);
    }

    // Merges chunk tallies in file order: stacks are adopted in first-sight order, so ids, tally
    // order and snapshot boundaries come out as a sequential read makes them.
    private ReadSummary Absorb(IReadOnlyList<ChunkSink> parts, string source)
    {
        _current = null;
        _source = source;
        long total = 0;
        for (int k = 0; k < parts.Count; k++)
        {
            var part = parts[k];
            var map = new StackTrace[part.Stacks.Count];
            for (int id = 0; id < map.Length; id++)
            {
                map[id] = Stacks.Adopt(part.Stacks.KeyOf(id), part.Stacks.Stacks[id]);
            }
            for (int j = 0; j < part.Snapshots.Count; j++)
            {
                if (k == 0 || j > 0 || part.StartsSnapshot || _current is null)
                {
                    BeginSnapshot(source);
                }
                foreach (var tally in part.Snapshots[j].Tallies)
                {
                    _current!.Merge(map[tally.Stack.Id], tally);
                }
                total += part.Snapshots[j].Goroutines;
            }
        }
        return new ReadSummary(source, "text", total, false);
    }

    public void BeginSnapshot(string source)
    {
        if (_current is { Goroutines: 0 })
        {
            return;
        }
        _current = new Snapshot(_snapshots.Count, source);
        _snapshots.Add(_current);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public void OnGoroutine(GoroutineRecord record)
    {
        if (_current is null)
        {
            BeginSnapshot(_source);
        }
        _current!.Add(record);
    }

    public void OnDiagnostic(DumpDiagnostic diagnostic)
    {
        if (_diagnostics.Count < 1000)
        {
            _diagnostics.Add(diagnostic);
        }
    }
}
