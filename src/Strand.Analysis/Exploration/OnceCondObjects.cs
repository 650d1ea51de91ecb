using Strand.Semantics;
using Strand.Syntax.Ast;

namespace Strand.Analysis.Exploration;

/// <summary>
/// A sync.Once: not run yet, running its function in goroutine <see cref="Runner"/> (every other
/// Do waits), or done (Do returns at once). An open Once is left to the old rule: Do runs the
/// function when Strand can see it, and never blocks.
/// </summary>
public sealed class OnceObj : HeapObj
{
    /// <summary>The goroutine running the function; 0 when none.</summary>
    public int Runner { get; set; }

    public bool Done { get; set; }

    /// <summary>The first Do (for messages): where the function was started.</summary>
    public Node? StartedAt { get; set; }

    public GoFile? StartedIn { get; set; }

    public override HeapObj Clone() => new OnceObj { Runner = Runner, Done = Done, StartedAt = StartedAt, StartedIn = StartedIn, Open = Open };

    public override IEnumerable<Value> Values() => [];

    internal override bool RemapChanges(CanonicalOrder order) => false;

    internal override void Remap(CanonicalOrder order)
    {
    }

    internal override void Write(KeyWriter w)
    {
        w.Tag('O');
        w.Int(Runner);
        w.Flags(Done, Open);
        w.Code(StartedAt);
    }
}

/// <summary>
/// A sync.Cond made by sync.NewCond: its Locker (a mutex object, or 0 when Strand does not know
/// it) and the goroutines parked in Wait, first the ones no signal has reached yet, in arrival
/// order (Signal wakes the oldest), then the ones woken that still have to re-lock.
/// </summary>
public sealed class CondObj : HeapObj
{
    /// <summary>The Locker (c.L) as a heap reference, or 0.</summary>
    public int Locker { get; set; }

    public required Node Site { get; init; }

    public required GoFile? File { get; init; }

    public List<int> Waiting { get; private set; } = [];

    public List<int> Woken { get; private set; } = [];

    public override HeapObj Clone() => new CondObj { Locker = Locker, Site = Site, File = File, Waiting = [.. Waiting], Woken = [.. Woken], Open = Open };

    public override IEnumerable<Value> Values() => Locker != 0 ? [Value.Ref(Locker)] : [];

    internal override bool RemapChanges(CanonicalOrder order) => order.ChangesId(Locker);

    internal override void Remap(CanonicalOrder order) => Locker = order.RemapId(Locker);

    internal override void Write(KeyWriter w)
    {
        w.Tag('N');
        w.Code(Site);
        w.Bool(Open);
        w.Object(Locker);
        w.Int(Waiting.Count);
        foreach (var g in Waiting)
        {
            w.Int(g);
        }
        w.Int(Woken.Count);
        foreach (var g in Woken)
        {
            w.Int(g);
        }
    }
}
