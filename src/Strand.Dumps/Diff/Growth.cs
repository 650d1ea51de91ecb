using System.Collections.Immutable;

namespace Strand.Dumps.Diff;

/// <summary>
/// How a group's count moved across snapshots: the change in each interval, the change from
/// first to last, and whether it grew in every interval (the strongest sign of a leak).
/// </summary>
public sealed record Growth(ImmutableArray<long> Intervals, long Delta, bool EveryInterval)
{
    public static Growth Of(IReadOnlyList<long> counts)
    {
        if (counts.Count < 2)
        {
            return new Growth([], 0, false);
        }
        var intervals = ImmutableArray.CreateBuilder<long>(counts.Count - 1);
        for (int i = 1; i < counts.Count; i++)
        {
            intervals.Add(counts[i] - counts[i - 1]);
        }
        var built = intervals.MoveToImmutable();
        return new Growth(built, counts[^1] - counts[0], built.All(d => d > 0));
    }

    public bool Grew => Delta > 0;
}
