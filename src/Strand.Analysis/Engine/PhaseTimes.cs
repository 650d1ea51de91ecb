using System.Diagnostics;

namespace Strand.Analysis.Engine;

/// <summary>
/// Time per analysis phase for <c>--stats</c>, summed over the worker threads (so parallel phases
/// can add up to more than the wall time). Safe to add to from several threads.
/// </summary>
internal sealed class PhaseTimes
{
    private long _functionChecks;
    private long _entryFinding;
    private long _exploring;
    private long _leakChecks;

    public static long Now => Stopwatch.GetTimestamp();

    public void FunctionChecks(long since) => Interlocked.Add(ref _functionChecks, Now - since);

    public void EntryFinding(long since) => Interlocked.Add(ref _entryFinding, Now - since);

    public void Exploring(long since) => Interlocked.Add(ref _exploring, Now - since);

    public void LeakChecks(long since) => Interlocked.Add(ref _leakChecks, Now - since);

    public static long Ms(long ticks) => ticks * 1000 / Stopwatch.Frequency;

    public void AddTo(IDictionary<string, long> stats)
    {
        stats["functionChecksMilliseconds"] = Ms(_functionChecks);
        stats["entryFindingMilliseconds"] = Ms(_entryFinding);
        stats["exploreMilliseconds"] = Ms(_exploring);
        stats["leakChecksMilliseconds"] = Ms(_leakChecks);
    }
}
