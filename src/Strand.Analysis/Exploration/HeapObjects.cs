using System.Text;
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

    public abstract HeapObj Clone();

    /// <summary>Values held by the object (for reachability and renumbering).</summary>
    public abstract IEnumerable<Value> Values();

    public abstract void Remap(Func<Value, Value> map);

    public abstract void Write(StringBuilder sb, Func<int, int> map);
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

    public override void Remap(Func<Value, Value> map)
    {
        for (var i = 0; i < Buffer.Count; i++)
        {
            Buffer[i] = map(Buffer[i]);
        }
        if (Context != 0)
        {
            Context = map(Value.Ref(Context)).Id;
        }
    }

    public override void Write(StringBuilder sb, Func<int, int> map)
    {
        sb.Append('C').Append(ObjectIds.Of(Site)).Append(Closed ? 'x' : '-').Append(Armed ? 'a' : '-').Append(Open ? 'o' : '-');
        foreach (var v in Buffer)
        {
            v.Write(sb, map);
        }
        if (Context != 0)
        {
            sb.Append('^').Append(map(Context));
        }
    }
}

/// <summary>A struct (or anything with named fields: Timer, Ticker...), an environment, or a small box.</summary>
public sealed class StructObj : HeapObj
{
    public required GoType Type { get; init; }
    public FieldMap Fields { get; private set; } = new();

    public override HeapObj Clone() => new StructObj { Type = Type, Fields = Fields.Clone(), Open = Open };

    public override IEnumerable<Value> Values() => Fields.Values;

    public override void Remap(Func<Value, Value> map) => Fields.MapValues(map);

    public override void Write(StringBuilder sb, Func<int, int> map)
    {
        sb.Append('S').Append(ObjectIds.Of(Type)).Append(Open ? 'o' : '-');
        foreach (var (k, v) in Fields)
        {
            sb.Append(k).Append('=');
            v.Write(sb, map);
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

    public override void Remap(Func<Value, Value> map)
    {
        for (var i = 0; i < Elements.Count; i++)
        {
            Elements[i] = map(Elements[i]);
        }
    }

    public override void Write(StringBuilder sb, Func<int, int> map)
    {
        sb.Append(IsMap ? 'M' : 'L').Append(LengthKnown ? "k" : Extent >= 0 ? "+" + Extent : "?").Append(Open ? 'o' : '-');
        foreach (var v in Elements)
        {
            v.Write(sb, map);
        }
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

    public override HeapObj Clone() => new EnvObj
    {
        Owner = Owner, Parent = Parent, Vars = Vars.Clone(),
        _facts = _facts is { Count: > 0 } ? new SortedDictionary<string, bool>(_facts, StringComparer.Ordinal) : null,
        _bounds = _bounds is { Count: > 0 } ? new SortedDictionary<string, long>(_bounds, StringComparer.Ordinal) : null,
        Open = Open,
    };

    public override IEnumerable<Value> Values() => Parent != 0 ? [.. Vars.Values, Value.Ref(Parent)] : Vars.Values;

    public override void Remap(Func<Value, Value> map)
    {
        Vars.RemoveWhere(static v => v.Kind == ValueKind.Unknown && !v.IsOverflow); // unknown is the default: dropping it lets equal states meet
        Vars.MapValues(map);
        if (Parent != 0)
        {
            Parent = map(Value.Ref(Parent)).Id;
        }
    }

    public override void Write(StringBuilder sb, Func<int, int> map)
    {
        sb.Append('E').Append(ObjectIds.Of(Owner)).Append(Open ? 'o' : '-').Append(Parent == 0 ? 0 : map(Parent));
        foreach (var (k, v) in Vars)
        {
            if (v.Kind == ValueKind.Unknown && !v.IsOverflow)
            {
                continue;
            }
            sb.Append(';').Append(k).Append('='); // ';': the parent's digits must not run into the id
            v.Write(sb, map);
        }
        if (_facts is not null)
        {
            foreach (var (k, v) in _facts)
            {
                sb.Append('?').Append(k).Append(v ? 'T' : 'F');
            }
        }
        if (_bounds is not null)
        {
            foreach (var (k, v) in _bounds)
            {
                sb.Append('#').Append(k).Append('=').Append(v);
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

    public override void Remap(Func<Value, Value> map)
    {
        Parent = Parent == 0 ? 0 : map(Value.Ref(Parent)).Id;
        Done = Done == 0 ? 0 : map(Value.Ref(Done)).Id;
    }

    public override void Write(StringBuilder sb, Func<int, int> map) =>
        sb.Append('X').Append(Parent == 0 ? 0 : map(Parent)).Append('/').Append(Done == 0 ? 0 : map(Done))
          .Append(Cancelled ? 'c' : '-').Append(Timer ? 't' : '-').Append(Root ? 'r' : '-').Append(Open ? 'o' : '-');
}

public sealed class WaitGroupObj : HeapObj
{
    public int Count { get; set; }

    public override HeapObj Clone() => new WaitGroupObj { Count = Count, Open = Open };

    public override IEnumerable<Value> Values() => [];

    public override void Remap(Func<Value, Value> map)
    {
    }

    public override void Write(StringBuilder sb, Func<int, int> map) => sb.Append('W').Append(Count).Append(Open ? 'o' : '-');
}
