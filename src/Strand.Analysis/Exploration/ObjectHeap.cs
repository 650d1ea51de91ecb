using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Strand.Analysis.Exploration;

/// <summary>
/// A state's heap: objects by id in an array indexed by id (ids are small and dense: allocated in
/// sequence, renumbered from 1). Enumerates in id order, which is the order the objects were added
/// in. A state copy copies the array, sharing the objects (see State.Get).
/// </summary>
public sealed class ObjectHeap : IReadOnlyDictionary<int, HeapObj>
{
    private HeapObj?[] _objects;

    /// <summary>One past the highest id in use.</summary>
    private int _limit = 1;

    private int _count;

    public ObjectHeap(int capacity = 8) => _objects = new HeapObj?[Math.Max(2, capacity + 1)];

    private ObjectHeap(HeapObj?[] objects, int limit, int count)
    {
        _objects = objects;
        _limit = limit;
        _count = count;
    }

    public int Count => _count;

    public HeapObj this[int id]
    {
        get => TryGetValue(id, out var o) ? o : throw new KeyNotFoundException($"no heap object {id}");
        internal set
        {
            if (id <= 0)
            {
                throw new ArgumentOutOfRangeException(nameof(id), id, "heap ids start at 1");
            }
            if (id >= _objects.Length)
            {
                Array.Resize(ref _objects, Math.Max(id + 1, _objects.Length * 2));
            }
            if (_objects[id] is null)
            {
                _count++;
            }
            _objects[id] = value;
            _limit = Math.Max(_limit, id + 1);
        }
    }

    public IEnumerable<int> Keys
    {
        get
        {
            for (var id = 1; id < _limit; id++)
            {
                if (_objects[id] is not null)
                {
                    yield return id;
                }
            }
        }
    }

    public IEnumerable<HeapObj> Values
    {
        get
        {
            for (var id = 1; id < _limit; id++)
            {
                if (_objects[id] is { } o)
                {
                    yield return o;
                }
            }
        }
    }

    public bool ContainsKey(int id) => (uint)id < (uint)_limit && _objects[id] is not null;

    public bool TryGetValue(int id, [MaybeNullWhen(false)] out HeapObj value)
    {
        value = (uint)id < (uint)_limit ? _objects[id] : null;
        return value is not null;
    }

    /// <summary>A copy holding the same objects, with room for a few more.</summary>
    internal ObjectHeap Copy()
    {
        var objects = new HeapObj?[_limit + 4];
        Array.Copy(_objects, objects, _limit);
        return new ObjectHeap(objects, _limit, _count);
    }

    public Enumerator GetEnumerator() => new(this);

    IEnumerator<KeyValuePair<int, HeapObj>> IEnumerable<KeyValuePair<int, HeapObj>>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Objects in id order; replacing an object while enumerating is allowed (copy on write does).</summary>
    public struct Enumerator : IEnumerator<KeyValuePair<int, HeapObj>>
    {
        private readonly ObjectHeap _heap;
        private int _id;

        internal Enumerator(ObjectHeap heap)
        {
            _heap = heap;
            _id = 0;
        }

        public KeyValuePair<int, HeapObj> Current => new(_id, _heap._objects[_id]!);

        readonly object IEnumerator.Current => new KeyValuePair<int, HeapObj>(_id, _heap._objects[_id]!);

        public bool MoveNext()
        {
            while (++_id < _heap._limit)
            {
                if (_heap._objects[_id] is not null)
                {
                    return true;
                }
            }
            return false;
        }

        public void Reset() => _id = 0;

        public readonly void Dispose()
        {
        }
    }
}
