using System.Numerics;

namespace Strand.Dumps.Verdicts;

/// <summary>
/// A lower bound of the memory a group holds: per goroutine its stack (the measured span from
/// SIGQUIT fp/sp values rounded up to a power of two, else Go's 2 KiB minimum) plus the
/// runtime's goroutine descriptor (about 400 bytes). Heap objects it keeps alive are not counted.
/// </summary>
public static class MemoryEstimate
{
    public const long MinStack = 2048;
    public const long Descriptor = 400;

    public static long PerGoroutine(long measuredStackBytes)
    {
        long stack = measuredStackBytes <= MinStack ? MinStack : (long)BitOperations.RoundUpToPowerOf2((ulong)measuredStackBytes);
        return stack + Descriptor;
    }

    public static long Of(long goroutines, long measuredStackBytes) => goroutines * PerGoroutine(measuredStackBytes);
}
