using System.Collections.Immutable;
using Strand.Dumps.Records;

namespace Strand.Dumps.Grouping;

/// <summary>
/// Goroutines alike at the chosen level, across all snapshots: the count in each snapshot, the
/// longest wait, the union of flags, the labels seen, and a representative stack (the first seen).
/// </summary>
public sealed class GoroutineGroup
{
    private readonly SortedSet<string> _labels = new(StringComparer.Ordinal);

    internal GoroutineGroup(string key, StackTrace representative, int snapshots)
    {
        Key = key;
        Stack = representative;
        Counts = new long[snapshots];
    }

    public string Key { get; }

    public StackTrace Stack { get; }

    /// <summary>Goroutines in the group in each snapshot, in snapshot order.</summary>
    public long[] Counts { get; }

    public long LastCount => Counts.Length == 0 ? 0 : Counts[^1];

    public long MaxCount => Counts.Length == 0 ? 0 : Counts.Max();

    public int MaxMinutes { get; private set; }

    public GoroutineFlags Flags { get; private set; }

    public long MaxStackBytes { get; private set; }

    public long FirstId { get; private set; } = -1;

    public long ParentId { get; private set; } = -1;

    public int StackCount { get; private set; }

    /// <summary>Distinct label sets seen (at most 16 kept), sorted.</summary>
    public ImmutableArray<string> Labels => [.. _labels];

    internal void Add(int snapshot, StackTally t, bool newStack)
    {
        Counts[snapshot] += t.Count;
        MaxMinutes = Math.Max(MaxMinutes, t.MaxMinutes);
        Flags |= t.Flags;
        MaxStackBytes = Math.Max(MaxStackBytes, t.MaxStackBytes);
        if (t.FirstId >= 0 && (FirstId < 0 || t.FirstId < FirstId))
        {
            FirstId = t.FirstId;
        }
        if (t.ParentId >= 0 && (ParentId < 0 || t.ParentId < ParentId))
        {
            ParentId = t.ParentId;
        }
        if (newStack)
        {
            StackCount++;
        }
        if (t.Labels.Length > 0 && _labels.Count < 16)
        {
            _labels.Add(t.Labels);
        }
    }
}
