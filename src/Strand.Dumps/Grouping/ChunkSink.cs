using Strand.Dumps.Records;

namespace Strand.Dumps.Grouping;

/// <summary>
/// Collects the tallies of one chunk of a file, per snapshot, with its own stack table; the
/// chunks are merged afterwards in file order (see <see cref="ParallelFileReader"/>).
/// </summary>
internal sealed class ChunkSink : IDumpSink
{
    private readonly List<Snapshot> _snapshots = [];
    private Snapshot? _current;

    public StackTable Stacks { get; } = new();

    public IReadOnlyList<Snapshot> Snapshots => _snapshots;

    /// <summary>True when the parser began a snapshot before the chunk's first goroutine (a real boundary).</summary>
    public bool StartsSnapshot { get; private set; }

    public int Diagnostics { get; private set; }

    public void BeginSnapshot(string source)
    {
        if (_current is { Goroutines: 0 })
        {
            return;
        }
        StartsSnapshot |= _current is null;
        _current = new Snapshot(_snapshots.Count, source);
        _snapshots.Add(_current);
    }

    public void OnGoroutine(GoroutineRecord record)
    {
        if (_current is null)
        {
            _current = new Snapshot(0, "");
            _snapshots.Add(_current);
        }
        _current.Add(record);
    }

    public void OnDiagnostic(DumpDiagnostic diagnostic) => Diagnostics++;
}
