using Strand.Dumps.Records;

namespace Strand.Dumps.Grouping;

/// <summary>Merges the per-snapshot tallies into groups at a level (work in distinct stacks only).</summary>
public static class Grouper
{
    public static IReadOnlyList<GoroutineGroup> Group(IReadOnlyList<Snapshot> snapshots, GroupLevel level)
    {
        var groups = new Dictionary<string, GoroutineGroup>(StringComparer.Ordinal);
        var order = new List<GoroutineGroup>();
        var keys = new Dictionary<(int, string), string>();
        var seenStacks = new HashSet<(string, int)>();
        for (int s = 0; s < snapshots.Count; s++)
        {
            foreach (var tally in snapshots[s].Tallies)
            {
                var id = (tally.Stack.Id, tally.Labels);
                if (!keys.TryGetValue(id, out var key))
                {
                    key = GroupKeys.For(tally.Stack, tally.Labels, level);
                    keys.Add(id, key);
                }
                if (!groups.TryGetValue(key, out var group))
                {
                    group = new GoroutineGroup(key, tally.Stack, snapshots.Count);
                    groups.Add(key, group);
                    order.Add(group);
                }
                group.Add(s, tally, seenStacks.Add((key, tally.Stack.Id)));
            }
        }
        return order;
    }
}
