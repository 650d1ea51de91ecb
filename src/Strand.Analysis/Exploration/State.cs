using System.Collections.Immutable;
using System.Text;
using Strand.Model.Ir;
using Strand.Semantics;
using Strand.Syntax.Ast;

namespace Strand.Analysis.Exploration;

/// <summary>A call registered by <c>defer</c>: the function value or receiver and the arguments, evaluated at the defer.</summary>
public sealed record DeferredCall(Callee Callee, Value Target, ImmutableArray<Value> Args, Node Site);

public sealed class Frame
{
    public required FuncModel Fn { get; init; }
    public int Pc { get; set; }
    public int Env { get; set; }
    public List<DeferredCall> Defers { get; private set; } = [];

    /// <summary>Waiting for a callee pushed by the CallInstr at <see cref="Pc"/>.</summary>
    public bool Calling { get; set; }

    /// <summary>Returning: running deferred calls, then hands <see cref="Results"/> to the caller.</summary>
    public bool Returning { get; set; }

    public ImmutableArray<Value> Results { get; set; } = [];

    /// <summary>This frame runs a deferred call of the frame below it.</summary>
    public bool IsDeferred { get; init; }

    /// <summary>A deferred call that recovers a panic.</summary>
    public bool Recovered { get; set; }

    public Frame Clone() => new()
    {
        Fn = Fn, Pc = Pc, Env = Env, Defers = [.. Defers], Calling = Calling, Returning = Returning, Results = Results,
        IsDeferred = IsDeferred, Recovered = Recovered,
    };

    public IEnumerable<Value> Roots()
    {
        yield return Value.Ref(Env);
        foreach (var d in Defers)
        {
            yield return d.Target;
            foreach (var a in d.Args)
            {
                yield return a;
            }
        }
        foreach (var r in Results)
        {
            yield return r;
        }
    }

    public void Remap(Func<Value, Value> map)
    {
        Env = map(Value.Ref(Env)).Id;
        for (var i = 0; i < Defers.Count; i++)
        {
            var d = Defers[i];
            Defers[i] = d with { Target = map(d.Target), Args = [.. d.Args.Select(map)] };
        }
        Results = [.. Results.Select(map)];
    }
}

/// <summary>What the unknown caller of an entry can still do with what the entry returned.</summary>
public sealed record CallerTarget(string Name, Value Function, FuncSymbol? Method, Value Receiver);

public sealed class Goroutine
{
    public int Id { get; init; }

    /// <summary>The go statement that started it; null for the entry goroutine.</summary>
    public GoInstr? Spawn { get; init; }

    /// <summary>The file of the go statement.</summary>
    public GoFile? SpawnFile { get; init; }

    /// <summary>The function started by the go statement (for messages).</summary>
    public FuncModel? StartedFunction { get; init; }

    public List<Frame> Frames { get; private set; } = [];
    public bool Panicking { get; set; }

    /// <summary>runtime.Goexit or t.Fatal: defers run, recover does not stop it.</summary>
    public bool Goexiting { get; set; }

    /// <summary>For the entry goroutine once the entry returned: the unknown caller's options.</summary>
    public ImmutableArray<CallerTarget> Caller { get; set; } = [];
    public ImmutableArray<int> CallCounts { get; set; } = [];
    public bool InCaller { get; set; }

    public Goroutine Clone()
    {
        var g = new Goroutine
        {
            Id = Id, Spawn = Spawn, SpawnFile = SpawnFile, StartedFunction = StartedFunction, Panicking = Panicking, Goexiting = Goexiting, Caller = Caller, CallCounts = CallCounts,
            InCaller = InCaller,
        };
        g.Frames = [.. Frames.Select(f => f.Clone())];
        return g;
    }

    public Frame? Top => Frames.Count == 0 ? null : Frames[^1];

    public Instr? Current => Top is { } f ? f.Fn.Code[f.Pc] : null;
}

/// <summary>
/// A global state of one entry's exploration: goroutines (by id) and the heap. States are
/// copied before a transition and renumbered afterwards so that equal states have equal keys.
/// </summary>
public sealed class State
{
    public List<Goroutine> Goroutines { get; private set; } = [];
    public Dictionary<int, HeapObj> Heap { get; private set; } = [];
    public int NextObject { get; set; } = 1;

    /// <summary>Package-level objects the model follows (sync values), by declaration (file:offset:name): roots like the goroutines' frames.</summary>
    public SortedDictionary<string, Value> Globals { get; private set; } = new(StringComparer.Ordinal);

    /// <summary>The unknown caller dropped what the entry returned.</summary>
    public bool CallerDropped { get; set; }

    /// <summary>The unknown caller holds objects whose methods it may call.</summary>
    public bool CallerHeld { get; set; }

    /// <summary>The entry stopped through t.Fatal/runtime.Goexit: a failing test's leftovers are not reported.</summary>
    public bool EntryGoexited { get; set; }

    /// <summary>The program ended (main returned, os.Exit, an unrecovered panic).</summary>
    public bool Exited { get; set; }

    /// <summary>Exploration of this state was cut (budget, too many goroutines): assume anything can happen next.</summary>
    public bool Truncated { get; set; }

    public State Clone()
    {
        var s = new State { NextObject = NextObject, CallerDropped = CallerDropped, CallerHeld = CallerHeld, Exited = Exited, Truncated = Truncated, EntryGoexited = EntryGoexited };
        s.Goroutines = [.. Goroutines.Select(g => g.Clone())];
        var heap = new Dictionary<int, HeapObj>(Heap.Count);
        foreach (var (id, o) in Heap)
        {
            heap.Add(id, o.Clone()); // same insertion order as the original: moves enumerate the heap
        }
        s.Heap = heap;
        s.Globals = Globals.Count == 0 ? new(StringComparer.Ordinal) : new SortedDictionary<string, Value>(Globals, StringComparer.Ordinal);
        return s;
    }

    public int Alloc(HeapObj o)
    {
        var id = NextObject++;
        Heap[id] = o;
        return id;
    }

    public T? Get<T>(Value v)
        where T : HeapObj => v.Kind == ValueKind.Ref && Heap.TryGetValue(v.Id, out var o) ? o as T : null;

    public T? Get<T>(int id)
        where T : HeapObj => Heap.TryGetValue(id, out var o) ? o as T : null;

    public Goroutine? Find(int id) => Goroutines.Find(g => g.Id == id);

    public int FreeGoroutineId()
    {
        var id = 1;
        while (Goroutines.Exists(g => g.Id == id))
        {
            id++;
        }
        return id;
    }

    /// <summary>Renumbers reachable objects in a canonical order, drops unreachable ones, and returns the fingerprint.</summary>
    public string Canonicalize()
    {
        Goroutines.Sort((a, b) => a.Id.CompareTo(b.Id));
        var walk = CanonicalOrder.Compute(this);
        try
        {
            Value Map(Value v) => v.HoldsObject && v.N != 0
                ? (walk.NewId(v.Id) is var n and not 0 ? v.WithObject(n) : v.Kind == ValueKind.Ref ? Value.Unknown : v.WithObject(0))
                : v;
            var heap = new Dictionary<int, HeapObj>(walk.Count);
            for (var n = 1; n <= walk.Count; n++)
            {
                var o = Heap[walk.OldId(n)];
                o.Remap(Map);
                heap[n] = o;
            }
            Heap = heap;
            NextObject = walk.Count + 1;
            foreach (var k in Globals.Keys.ToList())
            {
                Globals[k] = Map(Globals[k]);
            }
            foreach (var g in Goroutines)
            {
                foreach (var f in g.Frames)
                {
                    f.Remap(Map);
                }
                if (!g.Caller.IsDefaultOrEmpty)
                {
                    g.Caller = [.. g.Caller.Select(c => c with { Function = Map(c.Function), Receiver = Map(c.Receiver) })];
                }
            }
        }
        finally
        {
            walk.Release();
        }
        return Fingerprint(static x => x, Heap.Count, i => Heap[i]);
    }

    /// <summary>
    /// The fingerprint <see cref="Canonicalize"/> would return, computed without renumbering or
    /// dropping anything (only the goroutine list is sorted): cheap for states that turn out to be
    /// known already. Falls back to <see cref="Canonicalize"/> when a value points at a missing object.
    /// </summary>
    public string Key()
    {
        var sb = KeyText();
        return TryWriteKey(sb) ? sb.ToString() : Canonicalize();
    }

    [ThreadStatic]
    private static StringBuilder? t_keyText;

    /// <summary>A cleared builder reused on this thread: keys are long, and builders that grow are garbage.</summary>
    private static StringBuilder KeyText()
    {
        var sb = t_keyText ??= new StringBuilder(4096);
        sb.Clear();
        return sb;
    }

    /// <summary>
    /// Appends the key of <see cref="Key"/> to <paramref name="sb"/> and returns true; returns false
    /// (writing nothing) when a value points at a missing object: then only <see cref="Canonicalize"/> gives the key.
    /// </summary>
    public bool TryWriteKey(StringBuilder sb)
    {
        Goroutines.Sort((a, b) => a.Id.CompareTo(b.Id));
        var walk = CanonicalOrder.Compute(this);
        try
        {
            if (walk.Dangling)
            {
                return false;
            }
            Fingerprint(sb, walk.Map, walk.Count, n => Heap[walk.OldId(n)]);
            return true;
        }
        finally
        {
            walk.Release();
        }
    }

    /// <summary>Writes the state with object ids translated by <paramref name="map"/>; objects in new-id order 1..count.</summary>
    private string Fingerprint(Func<int, int> map, int count, Func<int, HeapObj> objectByNewId)
    {
        var sb = KeyText();
        Fingerprint(sb, map, count, objectByNewId);
        return sb.ToString();
    }

    private void Fingerprint(StringBuilder sb, Func<int, int> map, int count, Func<int, HeapObj> objectByNewId)
    {
        sb.Append(EntryGoexited ? 'G' : '-').Append(CallerDropped ? 'D' : '-').Append(CallerHeld ? 'H' : '-').Append(Exited ? 'X' : '-').Append(Truncated ? 'T' : '-');
        foreach (var (k, v) in Globals)
        {
            sb.Append("|v").Append(k).Append('=');
            v.Write(sb, map);
        }
        foreach (var g in Goroutines)
        {
            sb.Append("|g").Append(g.Id).Append(':').Append(g.Spawn is null ? 0 : ObjectIds.Of(g.Spawn)).Append(g.Panicking ? 'p' : '-').Append(g.Goexiting ? 'q' : '-').Append(g.InCaller ? 'c' : '-');
            foreach (var c in g.CallCounts)
            {
                sb.Append(',').Append(c); // separated: counts 1,12 and 11,2 are different states
            }
            foreach (var c in g.Caller)
            {
                c.Function.Write(sb, map);
                c.Receiver.Write(sb, map);
            }
            foreach (var f in g.Frames)
            {
                sb.Append('f').Append(ObjectIds.Of(f.Fn)).Append('@').Append(f.Pc).Append('e').Append(map(f.Env))
                  .Append(f.Calling ? 'C' : '-').Append(f.Returning ? 'R' : '-').Append(f.IsDeferred ? 'D' : '-').Append(f.Recovered ? 'V' : '-');
                foreach (var d in f.Defers)
                {
                    sb.Append('!').Append(ObjectIds.Of(d.Site)); // not a value's kind letter ('d' is a bool)
                    d.Target.Write(sb, map);
                    foreach (var a in d.Args)
                    {
                        a.Write(sb, map);
                    }
                }
                foreach (var r in f.Results)
                {
                    r.Write(sb, map);
                }
            }
        }
        for (var i = 1; i <= count; i++)
        {
            sb.Append('#');
            objectByNewId(i).Write(sb, map);
        }
    }
}
