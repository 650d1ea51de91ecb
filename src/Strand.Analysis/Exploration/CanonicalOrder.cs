namespace Strand.Analysis.Exploration;

/// <summary>
/// The canonical numbering of a state's reachable objects: breadth first from the package-level sync objects, then the goroutines'
/// frames and caller options, in list order, as the key writer meets them (State.WriteKey). Old ids index
/// an array (ids are small and dense), and one instance per thread is reused, so computing a state's key
/// allocates almost nothing.
/// </summary>
internal sealed class CanonicalOrder
{
    [ThreadStatic]
    private static CanonicalOrder? t_spare;

    /// <summary>Old id to new id; 0 when not reached.</summary>
    private int[] _newId = new int[64];

    /// <summary>New id to old id; slot 0 unused. Doubles as the breadth-first queue.</summary>
    private int[] _oldId = new int[64];

    private int _oldCount = 1;

    /// <summary>The heap being numbered (between <see cref="Start"/> and <see cref="Release"/>).</summary>
    private ObjectHeap? _heap;

    private CanonicalOrder()
    {
    }

    /// <summary>A value points at an object missing from the heap (it would become unknown on renumbering).</summary>
    public bool Dangling { get; private set; }

    /// <summary>Number of reachable objects.</summary>
    public int Count => _oldCount - 1;

    /// <summary>Old id to new id (0 for 0 and for unreached ids).</summary>
    public int NewId(int old) => (uint)old < (uint)_newId.Length ? _newId[old] : 0;

    public int OldId(int n) => _oldId[n];

    /// <summary>The value with its object renumbered; a reference to an object not reached becomes unknown.</summary>
    public Value Remap(Value v) => v.HoldsObject && v.N != 0
        ? (NewId(v.Id) is var n and not 0 ? v.WithObject(n) : v.Kind == ValueKind.Ref ? Value.Unknown : v.WithObject(0))
        : v;

    /// <summary>An object id renumbered; 0 stays 0 and an object not reached becomes 0.</summary>
    public int RemapId(int id) => NewId(id); // slot 0 is never numbered: 0 stays 0

    /// <summary>Renumbering changes the value (only its kind and number can change).</summary>
    public bool Changes(Value v)
    {
        var r = Remap(v);
        return r.Kind != v.Kind || r.N != v.N;
    }

    public bool ChangesAny(ReadOnlySpan<Value> values)
    {
        foreach (var v in values)
        {
            if (Changes(v))
            {
                return true;
            }
        }
        return false;
    }

    public bool ChangesId(int id) => RemapId(id) != id;

    /// <summary>An empty numbering over the state's heap, filled by the caller's visits (the key writer numbers as it writes).</summary>
    public static CanonicalOrder Start(State s)
    {
        var w = t_spare ?? new CanonicalOrder();
        t_spare = null;
        w._heap = s.Heap;
        return w;
    }

    /// <summary>Clears the numbering and hands the instance back for reuse on this thread.</summary>
    public void Release()
    {
        for (var n = 1; n < _oldCount; n++)
        {
            _newId[_oldId[n]] = 0;
        }
        _oldCount = 1;
        Dangling = false;
        _heap = null;
        t_spare = this;
    }

    /// <summary>Numbers the object with this id (0: none), if not numbered yet.</summary>
    public void VisitId(int id)
    {
        if (id == 0 || NewId(id) != 0)
        {
            return;
        }
        if (!_heap!.ContainsKey(id))
        {
            Dangling = true;
            return;
        }
        if (id >= _newId.Length)
        {
            Array.Resize(ref _newId, Math.Max(id + 1, _newId.Length * 2));
        }
        if (_oldCount == _oldId.Length)
        {
            Array.Resize(ref _oldId, _oldId.Length * 2);
        }
        _newId[id] = _oldCount;
        _oldId[_oldCount++] = id;
    }
}
