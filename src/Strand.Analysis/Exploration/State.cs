using System.Collections.Immutable;
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
        Fn = Fn, Pc = Pc, Env = Env, Defers = Defers.Count == 0 ? [] : new List<DeferredCall>(Defers), Calling = Calling, Returning = Returning,
        Results = Results, IsDeferred = IsDeferred, Recovered = Recovered,
    };

    internal void Remap(CanonicalOrder order)
    {
        Env = order.RemapId(Env);
        for (var i = 0; i < Defers.Count; i++)
        {
            var d = Defers[i];
            var args = Remap(d.Args, order);
            if (order.Changes(d.Target) || args != d.Args)
            {
                Defers[i] = d with { Target = order.Remap(d.Target), Args = args };
            }
        }
        Results = Remap(Results, order);
    }

    /// <summary>The values renumbered; the same array when no value changes.</summary>
    internal static ImmutableArray<Value> Remap(ImmutableArray<Value> values, CanonicalOrder order)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (order.Changes(values[i]))
            {
                var copy = values.ToBuilder();
                for (var j = i; j < copy.Count; j++)
                {
                    copy[j] = order.Remap(copy[j]);
                }
                return copy.MoveToImmutable();
            }
        }
        return values;
    }

    internal void WriteKey(KeyWriter w)
    {
        w.Code(Fn);
        w.Int(Pc);
        w.Object(Env);
        w.Flags(Calling, Returning, IsDeferred, Recovered);
        w.Int(Defers.Count);
        foreach (var d in Defers)
        {
            w.Code(d.Site);
            w.Value(d.Target);
            w.Values(d.Args.AsSpan());
        }
        w.Values(Results.AsSpan());
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
        var frames = new List<Frame>(Frames.Count);
        foreach (var f in Frames)
        {
            frames.Add(f.Clone());
        }
        g.Frames = frames;
        return g;
    }

    internal void WriteKey(KeyWriter w)
    {
        w.Int(Id);
        w.Code(Spawn);
        w.Flags(Panicking, Goexiting, InCaller);
        w.Int(CallCounts.Length); // counts 1,12 and 11,2 are different states
        foreach (var c in CallCounts)
        {
            w.Int(c);
        }
        w.Int(Frames.Count);
        foreach (var f in Frames)
        {
            f.WriteKey(w);
        }
        w.Int(Caller.Length);
        foreach (var c in Caller)
        {
            w.Value(c.Function);
            w.Value(c.Receiver);
        }
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
    public ObjectHeap Heap { get; private set; } = new();
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

    // Copy on write: a copy shares the heap objects with the original. An object changes in place only in the
    // state whose token it carries (one made or copied by that state since its last copy); any other state that
    // asks for it through Get takes a private copy first. Tokens come from one counter: never reused.
    private static long s_tokens;

    private long _token = NewToken();

    private static long NewToken() => Interlocked.Increment(ref s_tokens);

    /// <summary>
    /// Stored in the explorer's graph: from now on the state is only read and copied, so <see cref="Get{T}(int)"/>
    /// hands out its objects as they are, shared with its copies.
    /// </summary>
    public bool Frozen { get; private set; }

    public void Freeze()
    {
        Frozen = true;
#if DEBUG
        CheckShared();
#endif
    }

    public State Clone()
    {
        var s = new State { NextObject = NextObject, CallerDropped = CallerDropped, CallerHeld = CallerHeld, Exited = Exited, Truncated = Truncated, EntryGoexited = EntryGoexited };
        var goroutines = new List<Goroutine>(Goroutines.Count);
        foreach (var g in Goroutines)
        {
            goroutines.Add(g.Clone());
        }
        s.Goroutines = goroutines;
#if DEBUG
        SnapshotOwned();
#endif
        s.Heap = Heap.Copy();
        _token = NewToken(); // every object is shared now: neither state may change it in place
        s.Globals = Globals.Count == 0 ? new(StringComparer.Ordinal) : new SortedDictionary<string, Value>(Globals, StringComparer.Ordinal);
        return s;
    }

    public int Alloc(HeapObj o)
    {
        var id = NextObject++;
        o.OwnerToken = _token;
        Heap[id] = o;
        return id;
    }

    /// <summary>The object <paramref name="v"/> refers to, if of type T, private to this state (copied first if shared), so the caller may change it.</summary>
    public T? Get<T>(Value v)
        where T : HeapObj => v.Kind == ValueKind.Ref ? Get<T>(v.Id) : null;

    /// <summary>The object with this id, if of type T, private to this state (copied first if shared), so the caller may change it.</summary>
    public T? Get<T>(int id)
        where T : HeapObj
    {
        if (!Heap.TryGetValue(id, out var o) || o is not T)
        {
            return null;
        }
        if (o.OwnerToken != _token && !Frozen)
        {
            o = o.Clone();
            o.OwnerToken = _token;
            Heap[id] = o;
        }
        return (T)o;
    }

    /// <summary>The object <paramref name="v"/> refers to, if of type T, possibly shared: only to read.</summary>
    public T? Peek<T>(Value v)
        where T : HeapObj => v.Kind == ValueKind.Ref && Heap.TryGetValue(v.Id, out var o) ? o as T : null;

    /// <summary>The object with this id, if of type T, possibly shared: only to read.</summary>
    public T? Peek<T>(int id)
        where T : HeapObj => Heap.TryGetValue(id, out var o) ? o as T : null;

#if DEBUG
    /// <summary>Records the content of the objects this state is about to share: shared objects must never change.</summary>
    private void SnapshotOwned()
    {
        foreach (var o in Heap.Values)
        {
            if (o.OwnerToken == _token || o.SharedKey is null)
            {
                o.SharedKey = o.KeyAlone();
            }
        }
    }

    /// <summary>Throws when a shared object changed since it was shared (a change that bypassed <see cref="Get{T}(int)"/>).</summary>
    private void CheckShared()
    {
        foreach (var (id, o) in Heap)
        {
            if (o.OwnerToken != _token && o.SharedKey is { } k && k != o.KeyAlone())
            {
                throw new InvalidOperationException($"shared heap object {id} ({o.GetType().Name}) changed in place");
            }
        }
    }
#endif

    public Goroutine? Find(int id)
    {
        foreach (var g in Goroutines)
        {
            if (g.Id == id)
            {
                return g;
            }
        }
        return null;
    }

    public int FreeGoroutineId()
    {
        var id = 1;
        while (Find(id) is not null)
        {
            id++;
        }
        return id;
    }

    /// <summary>Renumbers reachable objects in a canonical order, drops unreachable ones, and returns the key.</summary>
    public StateKey Canonicalize()
    {
        Renumber(KeyAndOrder(out _));
        return TryKey(out var key) ? key : throw new InvalidOperationException("a renumbered state points at a missing object");
    }

    /// <summary>Renumbers by <paramref name="order"/> (from <see cref="KeyAndOrder"/> on this state, unchanged since) and releases it.</summary>
    internal void Renumber(CanonicalOrder order)
    {
        try
        {
            var heap = new ObjectHeap(order.Count);
            for (var n = 1; n <= order.Count; n++)
            {
                var o = Heap[order.OldId(n)];
                if (o.OwnerToken == _token)
                {
                    o.Remap(order);
                }
                else if (o.RemapChanges(order))
                {
                    o = o.Clone(); // shared: renumber a private copy, only when its content changes
                    o.OwnerToken = _token;
                    o.Remap(order);
                }
                heap[n] = o;
            }
            Heap = heap;
            NextObject = order.Count + 1;
            if (Globals.Count > 0)
            {
                foreach (var k in Globals.Keys.ToList())
                {
                    Globals[k] = order.Remap(Globals[k]);
                }
            }
            foreach (var g in Goroutines)
            {
                foreach (var f in g.Frames)
                {
                    f.Remap(order);
                }
                if (!g.Caller.IsDefaultOrEmpty)
                {
                    g.Caller = [.. g.Caller.Select(c => c with { Function = order.Remap(c.Function), Receiver = order.Remap(c.Receiver) })];
                }
            }
        }
        finally
        {
            order.Release();
        }
    }

    /// <summary>
    /// The key <see cref="Canonicalize"/> would return, computed without renumbering or dropping
    /// anything (only the goroutine list is sorted): cheap for states that turn out to be known
    /// already. Falls back to <see cref="Canonicalize"/> when a value points at a missing object.
    /// </summary>
    public StateKey Key() => TryKey(out var key) ? key : Canonicalize();

    /// <summary>
    /// The key of <see cref="Key"/>, or false when a value points at a missing object: then only
    /// <see cref="Canonicalize"/> gives the key.
    /// </summary>
    public bool TryKey(out StateKey key)
    {
        var order = KeyAndOrder(out key);
        var whole = !order.Dangling;
        order.Release();
        return whole;
    }

    /// <summary>
    /// Writes the key and numbers the reachable objects on the way: the caller releases the numbering
    /// or renumbers with it. The key is valid only when the numbering is not <see cref="CanonicalOrder.Dangling"/>.
    /// </summary>
    internal CanonicalOrder KeyAndOrder(out StateKey key)
    {
        SortGoroutines();
        var order = CanonicalOrder.Start(this);
        var w = KeyWriter.Start(order);
        WriteKey(w, order);
        key = w.Finish();
        return order;
    }

    private void SortGoroutines()
    {
        if (Goroutines.Count > 1)
        {
            Goroutines.Sort(static (a, b) => a.Id.CompareTo(b.Id));
        }
    }

    /// <summary>
    /// Writes the state: flags, globals, goroutines, then every reachable object in canonical order. The
    /// writer numbers objects as they first appear, so the objects' loop runs until no new object turns up.
    /// </summary>
    private void WriteKey(KeyWriter w, CanonicalOrder order)
    {
        w.Flags(EntryGoexited, CallerDropped, CallerHeld, Exited, Truncated);
        w.Int(Globals.Count);
        if (Globals.Count > 0)
        {
            foreach (var (k, v) in Globals)
            {
                w.Text(k);
                w.Value(v);
            }
        }
        w.Int(Goroutines.Count);
        foreach (var g in Goroutines)
        {
            g.WriteKey(w);
        }
        // objects follow to the end: each encoding is self-delimiting, so no count is needed
        for (var n = 1; n <= order.Count; n++)
        {
            Heap[order.OldId(n)].Write(w);
        }
    }
}
