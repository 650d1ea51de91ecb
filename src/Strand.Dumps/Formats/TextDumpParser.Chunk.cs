namespace Strand.Dumps.Formats;

/// <summary>What a parser of one chunk of a larger file needs to expose so chunks can be merged.</summary>
public sealed partial class TextDumpParser
{
    /// <summary>True once a <c>debug=1</c> counted section was read.</summary>
    internal bool SawCountedProfile { get; private set; }

    /// <summary>True when a log prefix was learned (lines of later chunks would need it too).</summary>
    internal bool LearnedPrefix => _prefix.HasPrefix;

    /// <summary>True when text other than goroutines came after the last goroutine read.</summary>
    internal bool EndedWithForeignText => _foreignSinceGoroutine;

    /// <summary>Id of the first goroutine of the snapshot open at the end (-1 when none).</summary>
    internal long OpenSnapshotFirstId => _snapshotFirstId;

    /// <summary>
    /// Starts reading in the middle of a snapshot whose first goroutine is <paramref name="firstId"/>:
    /// a header repeating that id begins a new snapshot, as it would for a sequential reader.
    /// </summary>
    internal void ContinueSnapshot(long firstId)
    {
        _snapshotOpen = true;
        _snapshotGoroutines = 1;
        _snapshotFirstId = firstId;
        _foreignSinceGoroutine = false;
    }
}
