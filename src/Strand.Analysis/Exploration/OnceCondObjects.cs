using System.Text;
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

    public override void Remap(Func<Value, Value> map)
    {
    }

    public override void Write(StringBuilder sb, Func<int, int> map) =>
        sb.Append('O').Append(Runner).Append(Done ? 'd' : '-').Append(Open ? 'o' : '-').Append(StartedAt is null ? 0 : ObjectIds.Of(StartedAt));
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

    public override void Remap(Func<Value, Value> map)
    {
        if (Locker != 0)
        {
            var v = map(Value.Ref(Locker));
            Locker = v.Kind == ValueKind.Ref ? v.Id : 0;
        }
    }

    public override void Write(StringBuilder sb, Func<int, int> map)
    {
        sb.Append('N').Append(ObjectIds.Of(Site)).Append(Open ? 'o' : '-').Append(Locker == 0 ? 0 : map(Locker));
        foreach (var g in Waiting)
        {
            sb.Append('w').Append(g);
        }
        foreach (var g in Woken)
        {
            sb.Append('k').Append(g);
        }
    }
}
