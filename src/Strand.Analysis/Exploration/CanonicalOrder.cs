namespace Strand.Analysis.Exploration;

/// <summary>
/// The canonical numbering of a state's reachable objects: breadth first from the package-level sync objects, then the goroutines'
/// frames and caller options, in list order. Old ids index an array (ids are small and dense),
/// and one instance per thread is reused, so computing a state's key allocates almost nothing.
/// </summary>
internal sealed class CanonicalOrder
{
    [ThreadStatic]
    private static CanonicalOrder? t_spare;

    /// <summary>Old id to new id; 0 when not reached.</summary>
    private int[] _newId = new int[64];

    /// <summary>New id to old id; slot 0 unused. Doubles as the breadth-first queue.</summary>
    private readonly List<int> _oldId = [0];

    private CanonicalOrder() => Map = NewId;

    /// <summary>A value points at an object missing from the heap (it would become unknown on renumbering).</summary>
    public bool Dangling { get; private set; }

    /// <summary>Number of reachable objects.</summary>
    public int Count => _oldId.Count - 1;

    /// <summary>Old id to new id (0 for 0 and for unreached ids), as a delegate for HeapObj.Write.</summary>
    public Func<int, int> Map { get; }

    public int NewId(int old) => (uint)old < (uint)_newId.Length ? _newId[old] : 0;

    public int OldId(int n) => _oldId[n];

    public static CanonicalOrder Compute(State s)
    {
        var w = t_spare ?? new CanonicalOrder();
        t_spare = null;
        w.Walk(s);
        return w;
    }

    /// <summary>Clears the numbering and hands the instance back for reuse on this thread.</summary>
    public void Release()
    {
        for (var n = 1; n < _oldId.Count; n++)
        {
            _newId[_oldId[n]] = 0;
        }
        _oldId.RemoveRange(1, _oldId.Count - 1);
        Dangling = false;
        t_spare = this;
    }

    private void Walk(State s)
    {
        var heap = s.Heap;
        foreach (var v in s.Globals.Values)
        {
            Visit(heap, v);
        }
        foreach (var g in s.Goroutines)
        {
            foreach (var f in g.Frames)
            {
                foreach (var r in f.Roots())
                {
                    Visit(heap, r);
                }
            }
            foreach (var c in g.Caller)
            {
                Visit(heap, c.Function);
                Visit(heap, c.Receiver);
            }
        }
        for (var head = 1; head < _oldId.Count; head++)
        {
            foreach (var v in heap[_oldId[head]].Values())
            {
                Visit(heap, v);
            }
        }
    }

    private void Visit(Dictionary<int, HeapObj> heap, Value v)
    {
        if (!v.HoldsObject || v.N == 0)
        {
            return;
        }
        var id = v.Id;
        if (NewId(id) != 0)
        {
            return;
        }
        if (!heap.ContainsKey(id))
        {
            Dangling = true;
            return;
        }
        if (id >= _newId.Length)
        {
            Array.Resize(ref _newId, Math.Max(id + 1, _newId.Length * 2));
        }
        _newId[id] = _oldId.Count;
        _oldId.Add(id);
    }
}
