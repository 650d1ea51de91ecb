using System.Runtime.InteropServices;
using Strand.Model;
using Strand.Syntax.Ast;

namespace Strand.Analysis.Exploration;

/// <summary>
/// Forgets variables that nothing can read any more (see <see cref="LivenessAnalysis"/>): what each
/// frame may still read from its instruction on, the named results (returns and recovered panics read
/// them), and everything a closure that still exists mentions. A forgotten variable reads as unknown,
/// which nothing will do; so states that differ only in dead values become one state. Without this, a
/// test's setup that went down two paths doubles every state of the goroutines it started.
/// </summary>
internal static class DeadVariables
{
    /// <summary>Per thread: the live mark of each variable id, valid when equal to the current stamp (no clearing between states).</summary>
    [ThreadStatic]
    private static LiveMarks? t_marks;

    public static void Prune(State s, LivenessAnalysis liveness)
    {
        var marks = t_marks ??= new LiveMarks();
        marks.Next();
        if (!CollectLive(s, liveness, marks))
        {
            return;
        }
        // Objects may be shared with other states (copy-on-write): find the environments that lose
        // something first, then change private copies of those only.
        var changed = t_changed ??= [];
        changed.Clear();
        foreach (var (id, o) in s.Heap)
        {
            if (o is EnvObj { Open: false } e && LosesSomething(e, marks))
            {
                changed.Add(id);
            }
        }
        foreach (var id in changed)
        {
            var e = s.Get<EnvObj>(id)!;
            if (e.HasConditions)
            {
                foreach (var v in e.Vars.KeySpan)
                {
                    if (!marks.Keeps(v))
                    {
                        e.ForgetConditionsOn(v);
                    }
                }
            }
            e.Vars.RetainKeys(marks);
        }
    }

    [ThreadStatic]
    private static List<int>? t_changed;

    private static bool LosesSomething(EnvObj e, LiveMarks marks)
    {
        foreach (var v in e.Vars.KeySpan)
        {
            if (!marks.Keeps(v))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Marks what may be read; false when some code's reads are not known (then nothing is forgotten).</summary>
    private static bool CollectLive(State s, LivenessAnalysis liveness, LiveMarks marks)
    {
        foreach (var g in s.Goroutines)
        {
            foreach (var f in g.Frames)
            {
                foreach (var r in f.Fn.Results)
                {
                    marks.Add(r.Id);
                }
                if (!f.Returning)
                {
                    var live = liveness.Of(f.Fn);
                    if (live.KeepsAll)
                    {
                        return false;
                    }
                    foreach (var id in live.LiveAt(f.Pc))
                    {
                        marks.Add(id);
                    }
                }
                foreach (var d in f.Defers)
                {
                    if (!Closure(d.Target, liveness, marks) || !Closures(d.Args.AsSpan(), liveness, marks))
                    {
                        return false;
                    }
                }
                if (!Closures(f.Results.AsSpan(), liveness, marks))
                {
                    return false;
                }
            }
            foreach (var c in g.Caller)
            {
                if (!Closure(c.Function, liveness, marks) || !Closure(c.Receiver, liveness, marks))
                {
                    return false;
                }
            }
        }
        foreach (var v in s.Globals.Values)
        {
            if (!Closure(v, liveness, marks))
            {
                return false;
            }
        }
        foreach (var o in s.Heap.Values)
        {
            var ok = o switch
            {
                EnvObj e => Closures(e.Vars.ValueSpan, liveness, marks),
                StructObj st => Closures(st.Fields.ValueSpan, liveness, marks),
                CollectionObj c => Closures(CollectionsMarshal.AsSpan(c.Elements), liveness, marks),
                ChanObj ch => Closures(CollectionsMarshal.AsSpan(ch.Buffer), liveness, marks),
                _ => AllClosures(o, liveness, marks),
            };
            if (!ok)
            {
                return false;
            }
        }
        return true;
    }

    private static bool AllClosures(HeapObj o, LivenessAnalysis liveness, LiveMarks marks)
    {
        foreach (var v in o.Values())
        {
            if (!Closure(v, liveness, marks))
            {
                return false;
            }
        }
        return true;
    }

    private static bool Closures(ReadOnlySpan<Value> values, LivenessAnalysis liveness, LiveMarks marks)
    {
        foreach (var v in values)
        {
            if (!Closure(v, liveness, marks))
            {
                return false;
            }
        }
        return true;
    }

    private static bool Closure(Value v, LivenessAnalysis liveness, LiveMarks marks)
    {
        if (v.Kind != ValueKind.Closure)
        {
            return true;
        }
        if (v.Code is not FuncLit lit || liveness.Mentioned(lit) is not { } mentioned)
        {
            return false;
        }
        foreach (var id in mentioned)
        {
            marks.Add(id);
        }
        return true;
    }

    /// <summary>A set of variable ids as stamps in an array indexed by id: adding and testing cost one store and one load.</summary>
    private sealed class LiveMarks : IKeyFilter<int>
    {
        private int[] _stamps = new int[1024];
        private int _stamp;

        public void Next()
        {
            if (++_stamp == int.MaxValue)
            {
                Array.Clear(_stamps);
                _stamp = 1;
            }
        }

        public void Add(int id)
        {
            if ((uint)id >= (uint)_stamps.Length)
            {
                Array.Resize(ref _stamps, Math.Max(id + 1, _stamps.Length * 2));
            }
            _stamps[id] = _stamp;
        }

        public bool Keeps(int id) => (uint)id < (uint)_stamps.Length && _stamps[id] == _stamp;
    }
}
