using System.Runtime.InteropServices;
using Strand.Semantics;
using Strand.Syntax.Ast;

namespace Strand.Analysis.Exploration;

/// <summary>
/// An object of the model's heap. <see cref="Open"/> marks objects code Strand cannot see may
/// reach: operations on them never block and waits on them are never reported.
/// </summary>
public abstract class HeapObj
{
    public bool Open { get; set; }

    /// <summary>The token of the state that may change this object in place (see State.Get); 0 when none yet.</summary>
    internal long OwnerToken { get; set; }

#if DEBUG
    /// <summary>The object's key when it became shared between states (checked: shared objects never change).</summary>
    internal StateKey? SharedKey { get; set; }
#endif

    public abstract HeapObj Clone();

    /// <summary>Values held by the object (for reachability; renumbering and keys go through Remap and Write).</summary>
    public abstract IEnumerable<Value> Values();

    /// <summary>Renumbering would change this object (then a shared object is copied first).</summary>
    internal abstract bool RemapChanges(CanonicalOrder order);

    /// <summary>Renumbers the objects this one holds.</summary>
    internal abstract void Remap(CanonicalOrder order);

    /// <summary>Writes the object's part of the state key.</summary>
    internal abstract void Write(KeyWriter w);

    /// <summary>The key of this object alone, ids as they are (tests: which fields tell states apart).</summary>
    public StateKey KeyAlone()
    {
        var w = KeyWriter.Start(null);
        Write(w);
        return w.Finish();
    }
}

public enum TimerKind : byte
{
    None,

    /// <summary>time.After / NewTimer: one value once.</summary>
    Once,

    /// <summary>time.Tick / NewTicker: a value whenever the buffer is empty, until stopped.</summary>
    Ticker,
}

public sealed class ChanObj : HeapObj
{
    /// <summary>Where it was made (the make call, or the std call that returned it).</summary>
    public required Node Site { get; init; }
    public required GoFile? File { get; init; }

    /// <summary>Buffer capacity; -1 when unknown (sends never block).</summary>
    public required int Capacity { get; init; }

    public List<Value> Buffer { get; private set; } = [];
    public bool Closed { get; set; }
    public TimerKind Timer { get; init; }

    /// <summary>For timers: still able to fire.</summary>
    public bool Armed { get; set; }

    /// <summary>For ctx.Done() channels: the context (closed by cancel).</summary>
    public int Context { get; set; }

    public override HeapObj Clone() => new ChanObj
    {
        Site = Site, File = File, Capacity = Capacity, Buffer = [.. Buffer], Closed = Closed, Timer = Timer, Armed = Armed,
        Context = Context, Open = Open,
    };

    public override IEnumerable<Value> Values() => Context != 0 ? [.. Buffer, Value.Ref(Context)] : Buffer;

    internal override bool RemapChanges(CanonicalOrder order) => order.ChangesAny(CollectionsMarshal.AsSpan(Buffer)) || order.ChangesId(Context);

    internal override void Remap(CanonicalOrder order)
    {
        for (var i = 0; i < Buffer.Count; i++)
        {
            Buffer[i] = order.Remap(Buffer[i]);
        }
        Context = order.RemapId(Context);
    }

    internal override void Write(KeyWriter w)
    {
        w.Tag('C');
        w.Code(Site);
        w.Flags(Closed, Armed, Open);
        w.Values(CollectionsMarshal.AsSpan(Buffer));
        w.Object(Context);
    }
}

/// <summary>A struct (or anything with named fields: Timer, Ticker...), an environment, or a small box.</summary>
public sealed class StructObj : HeapObj
{
    public required GoType Type { get; init; }
    public FieldMap Fields { get; private set; } = new();

    public override HeapObj Clone() => new StructObj { Type = Type, Fields = Fields.Clone(), Open = Open };

    public override IEnumerable<Value> Values() => Fields.Values;

    internal override bool RemapChanges(CanonicalOrder order) => order.ChangesAny(Fields.ValueSpan);

    internal override void Remap(CanonicalOrder order) => Fields.Remap(order);

    internal override void Write(KeyWriter w)
    {
        w.Tag('S');
        w.Code(Type);
        w.Bool(Open);
        var keys = Fields.KeySpan;
        var values = Fields.ValueSpan;
        w.Int(keys.Length);
        for (var i = 0; i < keys.Length; i++)
        {
            w.Text(keys[i]);
            w.Value(values[i]);
        }
    }
}

/// <summary>A slice or map: a short list of elements, or an unknown length decided on first use.</summary>
public sealed class CollectionObj : HeapObj
{
    public List<Value> Elements { get; private set; } = [];

    /// <summary>When false, <see cref="Elements"/> are values it may contain and its length is unknown.</summary>
    public bool LengthKnown { get; set; }

    public bool IsMap { get; init; }

    /// <summary>
    /// The length of a slice whose elements are not tracked one by one (<c>make([]byte, 16)</c>):
    /// exact, <see cref="long.MaxValue"/> when too large to track (a 4096-byte buffer), -1 unknown.
    /// </summary>
    public long Extent { get; set; } = -1;

    public override HeapObj Clone() => new CollectionObj { Elements = [.. Elements], LengthKnown = LengthKnown, IsMap = IsMap, Open = Open, Extent = Extent };

    public override IEnumerable<Value> Values() => Elements;

    internal override bool RemapChanges(CanonicalOrder order) => order.ChangesAny(CollectionsMarshal.AsSpan(Elements));

    internal override void Remap(CanonicalOrder order)
    {
        for (var i = 0; i < Elements.Count; i++)
        {
            Elements[i] = order.Remap(Elements[i]);
        }
    }

    internal override void Write(KeyWriter w)
    {
        w.Tag(IsMap ? 'M' : 'L');
        w.Flags(LengthKnown, !LengthKnown && Extent >= 0, Open); // the extent counts only while the length is unknown
        if (!LengthKnown && Extent >= 0)
        {
            w.Int(Extent);
        }
        w.Values(CollectionsMarshal.AsSpan(Elements));
    }
}

/// <summary>The variables of one function activation; closures keep theirs alive.</summary>
public sealed class EnvObj : HeapObj
{
    public required Node Owner { get; init; }
    public int Parent { get; set; }

    /// <summary>Variable id to value, in id order; a missing variable reads as unknown.</summary>
    public VarMap Vars { get; private set; } = new();

    // Most environments never remember a fact or bound: the dictionaries are made on first use.
    private SortedDictionary<string, bool>? _facts;
    private SortedDictionary<string, long>? _bounds;

    /// <summary>Outcomes of branches on fields of unknown values (<c>j.audit</c>), so a second test agrees with the first.</summary>
    public SortedDictionary<string, bool> Facts => _facts ??= new(StringComparer.Ordinal);

    /// <summary>Values chosen for unknown loop bounds on fields (<c>b.N</c>), so later loops agree.</summary>
    public SortedDictionary<string, long> Bounds => _bounds ??= new(StringComparer.Ordinal);

    /// <summary>Some fact or bound is remembered (asks without making the dictionaries).</summary>
    public bool HasConditions => _facts is { Count: > 0 } || _bounds is { Count: > 0 };

    /// <summary>Drops the facts and bounds remembered about variable <paramref name="varId"/> (keys <c>v{id}.</c>): its value changed or is forgotten.</summary>
    public void ForgetConditionsOn(int varId)
    {
        if (!HasConditions)
        {
            return;
        }
        var prefix = $"v{varId}.";
        foreach (var k in Facts.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).ToList())
        {
            Facts.Remove(k);
        }
        foreach (var k in Bounds.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).ToList())
        {
            Bounds.Remove(k);
        }
    }

    /// <summary>Some remembered fact or bound has <paramref name="text"/> in its key (asks without making the dictionaries).</summary>
    public bool ConditionsMention(string text) =>
        _facts is not null && _facts.Keys.Any(k => k.Contains(text, StringComparison.Ordinal))
        || _bounds is not null && _bounds.Keys.Any(k => k.Contains(text, StringComparison.Ordinal));

    public override HeapObj Clone() => new EnvObj
    {
        Owner = Owner, Parent = Parent, Vars = Vars.Clone(),
        _facts = _facts is { Count: > 0 } ? new SortedDictionary<string, bool>(_facts, StringComparer.Ordinal) : null,
        _bounds = _bounds is { Count: > 0 } ? new SortedDictionary<string, long>(_bounds, StringComparer.Ordinal) : null,
        Open = Open,
    };

    public override IEnumerable<Value> Values() => Parent != 0 ? [.. Vars.Values, Value.Ref(Parent)] : Vars.Values;

    /// <summary>Unknown is what a missing variable reads as: renumbering drops it and the key skips it, so equal states meet.</summary>
    private static bool IsDefault(Value v) => v.Kind == ValueKind.Unknown && !v.IsOverflow;

    internal override bool RemapChanges(CanonicalOrder order)
    {
        foreach (var v in Vars.ValueSpan)
        {
            if (IsDefault(v) || order.Changes(v))
            {
                return true;
            }
        }
        return order.ChangesId(Parent);
    }

    internal override void Remap(CanonicalOrder order)
    {
        Vars.RemoveWhere(IsDefault);
        Vars.Remap(order);
        Parent = order.RemapId(Parent);
    }

    internal override void Write(KeyWriter w)
    {
        w.Tag('E');
        w.Code(Owner);
        w.Bool(Open);
        var keys = Vars.KeySpan;
        var values = Vars.ValueSpan;
        for (var i = 0; i < keys.Length; i++)
        {
            if (IsDefault(values[i]))
            {
                continue; // the default: renumbering drops it
            }
            w.Tag(';');
            w.Int(keys[i]);
            w.Value(values[i]);
        }
        w.Tag('.');
        w.Object(Parent); // after the variables, as Values() lists them: objects are numbered in that order
        w.Int(_facts is null ? 0 : _facts.Count);
        if (_facts is { Count: > 0 })
        {
            foreach (var (k, v) in _facts)
            {
                w.Text(k);
                w.Bool(v);
            }
        }
        w.Int(_bounds is null ? 0 : _bounds.Count);
        if (_bounds is { Count: > 0 })
        {
            foreach (var (k, v) in _bounds)
            {
                w.Text(k);
                w.Int(v);
            }
        }
    }
}

public sealed class ContextObj : HeapObj
{
    public int Parent { get; set; }
    public int Done { get; set; }
    public bool Cancelled { get; set; }

    /// <summary>WithTimeout/WithDeadline: a timer that cancels it eventually.</summary>
    public bool Timer { get; set; }

    /// <summary>Background/TODO: never cancelled.</summary>
    public bool Root { get; init; }

    /// <summary>Where it was made (for messages).</summary>
    public Node? Site { get; init; }

    public override HeapObj Clone() => new ContextObj { Parent = Parent, Done = Done, Cancelled = Cancelled, Timer = Timer, Root = Root, Site = Site, Open = Open };

    public override IEnumerable<Value> Values()
    {
        if (Parent != 0)
        {
            yield return Value.Ref(Parent);
        }
        if (Done != 0)
        {
            yield return Value.Ref(Done);
        }
    }

    internal override bool RemapChanges(CanonicalOrder order) => order.ChangesId(Parent) || order.ChangesId(Done);

    internal override void Remap(CanonicalOrder order)
    {
        Parent = order.RemapId(Parent);
        Done = order.RemapId(Done);
    }

    internal override void Write(KeyWriter w)
    {
        w.Tag('X');
        w.Object(Parent);
        w.Object(Done);
        w.Flags(Cancelled, Timer, Root, Open);
    }
}

public sealed class WaitGroupObj : HeapObj
{
    public int Count { get; set; }

    public override HeapObj Clone() => new WaitGroupObj { Count = Count, Open = Open };

    public override IEnumerable<Value> Values() => [];

    internal override bool RemapChanges(CanonicalOrder order) => false;

    internal override void Remap(CanonicalOrder order)
    {
    }

    internal override void Write(KeyWriter w)
    {
        w.Tag('W');
        w.Int(Count);
        w.Bool(Open);
    }
}
