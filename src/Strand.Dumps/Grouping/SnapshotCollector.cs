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
