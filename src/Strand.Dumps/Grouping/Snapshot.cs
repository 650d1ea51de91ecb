using System.Runtime.CompilerServices;
using Strand.Dumps.Records;

namespace Strand.Dumps.Grouping;

/// <summary>What one snapshot holds per (stack, labels): the running totals, not the goroutines.</summary>
public sealed class StackTally
{
    public StackTally(StackTrace stack, string labels)
    {
        Stack = stack;
        Labels = labels;
    }

    public StackTrace Stack { get; }
    public string Labels { get; }
    public long Count { get; internal set; }
    public int MaxMinutes { get; internal set; }
    public GoroutineFlags Flags { get; internal set; }
    public long MaxStackBytes { get; internal set; }
    /// <summary>Lowest goroutine id seen (-1 when the form has no ids).</summary>
    public long FirstId { get; internal set; } = -1;
    /// <summary>Lowest parent goroutine id seen in <c>created by ... in goroutine N</c> (-1 when absent).</summary>
    public long ParentId { get; internal set; } = -1;
}

/// <summary>One dump: where it came from, its goroutine count, its tallies in order of first sight.</summary>
public sealed class Snapshot
{
    private readonly Dictionary<(int, string), StackTally> _tallies = [];
    private readonly List<StackTally?> _unlabelled = []; // by stack id: no hashing for the common case
    private readonly List<StackTally> _ordered = [];

    public Snapshot(int index, string source)
    {
        Index = index;
        Source = source;
    }

    public int Index { get; }
    public string Source { get; }
    public long Goroutines { get; private set; }
    public IReadOnlyList<StackTally> Tallies => _ordered;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void Add(GoroutineRecord r)
    {
        var t = r.Labels.Length == 0 ? Unlabelled(r.Stack) : Labelled(r.Stack, r.Labels);
        t.Count += r.Count;
        t.MaxMinutes = Math.Max(t.MaxMinutes, r.WaitMinutes);
        t.Flags |= r.Flags;
        t.MaxStackBytes = Math.Max(t.MaxStackBytes, r.StackBytes);
        if (r.Id >= 0 && (t.FirstId < 0 || r.Id < t.FirstId))
        {
            t.FirstId = r.Id;
        }
        if (r.ParentId >= 0 && (t.ParentId < 0 || r.ParentId < t.ParentId))
        {
            t.ParentId = r.ParentId;
        }
        Goroutines += r.Count;
    }

    /// <summary>Folds in a tally read elsewhere (a chunk of the same file), under this run's stack.</summary>
    internal void Merge(StackTrace stack, StackTally other)
    {
        var t = other.Labels.Length == 0 ? Unlabelled(stack) : Labelled(stack, other.Labels);
        t.Count += other.Count;
        t.MaxMinutes = Math.Max(t.MaxMinutes, other.MaxMinutes);
        t.Flags |= other.Flags;
        t.MaxStackBytes = Math.Max(t.MaxStackBytes, other.MaxStackBytes);
        if (other.FirstId >= 0 && (t.FirstId < 0 || other.FirstId < t.FirstId))
        {
            t.FirstId = other.FirstId;
        }
        if (other.ParentId >= 0 && (t.ParentId < 0 || other.ParentId < t.ParentId))
        {
            t.ParentId = other.ParentId;
        }
        Goroutines += other.Count;
    }

    private StackTally Unlabelled(StackTrace stack)
    {
        while (_unlabelled.Count <= stack.Id)
        {
            _unlabelled.Add(null);
        }
        var t = _unlabelled[stack.Id];
        if (t is null)
        {
            t = new StackTally(stack, "");
            _unlabelled[stack.Id] = t;
            _ordered.Add(t);
        }
        return t;
    }

    private StackTally Labelled(StackTrace stack, string labels)
    {
        if (!_tallies.TryGetValue((stack.Id, labels), out var t))
        {
            t = new StackTally(stack, labels);
            _tallies.Add((stack.Id, labels), t);
            _ordered.Add(t);
        }
        return t;
    }
}
