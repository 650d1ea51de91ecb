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
        s.Heap = Heap.ToDictionary(kv => kv.Key, kv => kv.Value.Clone());
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
        var order = new Dictionary<int, int>();
        var queue = new Queue<int>();
        void Visit(Value v)
        {
            if (v.HoldsObject && v.N != 0 && !order.ContainsKey(v.Id) && Heap.ContainsKey(v.Id))
            {
                order[v.Id] = order.Count + 1;
                queue.Enqueue(v.Id);
            }
        }
        foreach (var v in Globals.Values)
        {
            Visit(v);
        }
        foreach (var g in Goroutines)
        {
            foreach (var f in g.Frames)
            {
                foreach (var r in f.Roots())
                {
                    Visit(r);
                }
            }
            foreach (var c in g.Caller)
            {
                Visit(c.Function);
                Visit(c.Receiver);
            }
        }
        while (queue.Count > 0)
        {
            var id = queue.Dequeue();
            foreach (var v in Heap[id].Values())
            {
                Visit(v);
            }
        }
        Value Map(Value v) => v.HoldsObject && v.N != 0 ? (order.TryGetValue(v.Id, out var n) ? v.WithObject(n) : v.Kind == ValueKind.Ref ? Value.Unknown : v.WithObject(0)) : v;
        var heap = new Dictionary<int, HeapObj>(order.Count);
        foreach (var (old, n) in order)
        {
            var o = Heap[old];
            o.Remap(Map);
            heap[n] = o;
        }
        Heap = heap;
        NextObject = order.Count + 1;
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
            g.Caller = [.. g.Caller.Select(c => c with { Function = Map(c.Function), Receiver = Map(c.Receiver) })];
        }
        return Fingerprint();
    }

    private string Fingerprint()
    {
        var sb = new StringBuilder(256);
        static int Id(int x) => x;
        sb.Append(EntryGoexited ? 'G' : '-').Append(CallerDropped ? 'D' : '-').Append(CallerHeld ? 'H' : '-').Append(Exited ? 'X' : '-').Append(Truncated ? 'T' : '-');
        foreach (var (k, v) in Globals)
        {
            sb.Append("|v").Append(k).Append('=');
            v.Write(sb, Id);
        }
        foreach (var g in Goroutines)
        {
            sb.Append("|g").Append(g.Id).Append(':').Append(g.Spawn is null ? 0 : ObjectIds.Of(g.Spawn)).Append(g.Panicking ? 'p' : '-').Append(g.Goexiting ? 'q' : '-').Append(g.InCaller ? 'c' : '-');
            foreach (var c in g.CallCounts)
            {
                sb.Append(c);
            }
            foreach (var c in g.Caller)
            {
                c.Function.Write(sb, Id);
                c.Receiver.Write(sb, Id);
            }
            foreach (var f in g.Frames)
            {
                sb.Append('f').Append(ObjectIds.Of(f.Fn)).Append('@').Append(f.Pc).Append('e').Append(f.Env)
                  .Append(f.Calling ? 'C' : '-').Append(f.Returning ? 'R' : '-').Append(f.IsDeferred ? 'D' : '-').Append(f.Recovered ? 'V' : '-');
                foreach (var d in f.Defers)
                {
                    sb.Append('d').Append(ObjectIds.Of(d.Site));
                    d.Target.Write(sb, Id);
                    foreach (var a in d.Args)
                    {
                        a.Write(sb, Id);
                    }
                }
                foreach (var r in f.Results)
                {
                    r.Write(sb, Id);
                }
            }
        }
        for (var i = 1; i <= Heap.Count; i++)
        {
            sb.Append('#');
            Heap[i].Write(sb, Id);
        }
        return sb.ToString();
    }
}
