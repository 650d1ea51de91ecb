namespace Strand.Analysis.Engine;

/// <summary>Garbage-collector counters of the process (allocation volume, collections, pauses) for --stats.</summary>
internal readonly record struct GcCounters(long AllocatedBytes, int Gen0, int Gen1, int Gen2, TimeSpan Pause)
{
    public static GcCounters Now() =>
        new(GC.GetTotalAllocatedBytes(), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());

    public GcCounters Since(GcCounters start) =>
        new(AllocatedBytes - start.AllocatedBytes, Gen0 - start.Gen0, Gen1 - start.Gen1, Gen2 - start.Gen2, Pause - start.Pause);

    public void AddTo(IDictionary<string, long> stats)
    {
        stats["gcAllocatedMegabytes"] = AllocatedBytes >> 20;
        stats["gcGen0Collections"] = Gen0;
        stats["gcGen1Collections"] = Gen1;
        stats["gcGen2Collections"] = Gen2;
        stats["gcPauseMilliseconds"] = (long)Pause.TotalMilliseconds;
    }
}
