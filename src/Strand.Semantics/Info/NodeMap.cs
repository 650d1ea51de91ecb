using System.Numerics;
using System.Runtime.CompilerServices;

namespace Strand.Semantics;

/// <summary>
/// A map keyed by object identity (syntax nodes), for the checker's side tables. Entries are
/// appended to an array; an open-addressing index (linear probing) holds each entry's hash and
/// position. Merging the per-package tables into the program's (millions of entries over the
/// standard library) then reads the stored hashes instead of every key's object header and needs
/// no chain walks, which made Dictionary's merge cache-miss bound. No removal; not thread-safe
/// for writes (concurrent reads of a finished map are fine).
/// </summary>
internal sealed class NodeMap<TKey, TValue>
    where TKey : class
{
    private const int MinIndex = 8;

    private struct Entry
    {
        public TKey Key;
        public TValue Value;
        public int Hash;
    }

    // (hash << 32) | (entry position + 1); 0 marks a free slot.
    private long[] _index = new long[MinIndex];
    private Entry[] _entries = [];
    private int _shift = 64 - BitOperations.Log2(MinIndex);
    private int _count;

    public int Count => _count;

    /// <summary>Sets the value of a key (adding it, or replacing its value).</summary>
    public TValue this[TKey key]
    {
        set => Insert(RuntimeHelpers.GetHashCode(key), key, value, replace: true);
    }

    public bool TryGetValue(TKey key, out TValue value)
    {
        var at = Find(key);
        if (at < 0)
        {
            value = default!;
            return false;
        }
        value = _entries[at].Value;
        return true;
    }

    public bool ContainsKey(TKey key) => Find(key) >= 0;

    public TValue? GetValueOrDefault(TKey key) => TryGetValue(key, out var v) ? v : default;

    public TValue GetValueOrDefault(TKey key, TValue otherwise) => TryGetValue(key, out var v) ? v : otherwise;

    /// <summary>Adds a key that is not there yet; false (and no change) when it is.</summary>
    public bool TryAdd(TKey key, TValue value) => Insert(RuntimeHelpers.GetHashCode(key), key, value, replace: false);

    /// <summary>Makes room for <paramref name="count"/> entries without growing again.</summary>
    public void EnsureCapacity(int count)
    {
        var size = _index.Length;
        while (count > MaxCount(size))
        {
            size *= 2;
        }
        if (size != _index.Length)
        {
            Reindex(size);
        }
        if (_entries.Length < count)
        {
            Array.Resize(ref _entries, count);
        }
    }

    /// <summary>Copies every entry of <paramref name="other"/> in (its values win), reusing its stored hashes.</summary>
    public void AddAll(NodeMap<TKey, TValue> other)
    {
        EnsureCapacity(_count + other._count);
        var entries = other._entries;
        for (var k = 0; k < other._count; k++)
        {
            ref var e = ref entries[k];
            Insert(e.Hash, e.Key, e.Value, replace: true);
        }
    }

    // At most three quarters full: probes stay short and mostly within a cache line.
    private static int MaxCount(int size) => size / 4 * 3;

    // Fibonacci hashing spreads the identity hash over the index's high bits.
    private int SlotOf(int hash) => (int)(((ulong)(uint)hash * 0x9E3779B97F4A7C15UL) >> _shift);

    private int Find(TKey key)
    {
        var hash = RuntimeHelpers.GetHashCode(key);
        var index = _index;
        var mask = index.Length - 1;
        for (var i = SlotOf(hash); ; i = (i + 1) & mask)
        {
            var x = index[i];
            if (x == 0)
            {
                return -1;
            }
            var at = (int)(uint)x - 1;
            if ((int)(x >> 32) == hash && ReferenceEquals(_entries[at].Key, key))
            {
                return at;
            }
        }
    }

    private bool Insert(int hash, TKey key, TValue value, bool replace)
    {
        if (_count >= MaxCount(_index.Length))
        {
            Reindex(_index.Length * 2);
        }
        var index = _index;
        var mask = index.Length - 1;
        for (var i = SlotOf(hash); ; i = (i + 1) & mask)
        {
            var x = index[i];
            if (x == 0)
            {
                if (_count == _entries.Length)
                {
                    Array.Resize(ref _entries, Math.Max(4, _count * 2));
                }
                ref var e = ref _entries[_count];
                e.Key = key;
                e.Value = value;
                e.Hash = hash;
                _count++;
                index[i] = ((long)hash << 32) | (uint)_count;
                return true;
            }
            var at = (int)(uint)x - 1;
            if ((int)(x >> 32) == hash && ReferenceEquals(_entries[at].Key, key))
            {
                if (replace)
                {
                    _entries[at].Value = value;
                }
                return false;
            }
        }
    }

    private void Reindex(int size)
    {
        var index = new long[size];
        _index = index;
        _shift = 64 - BitOperations.Log2((uint)size);
        var mask = size - 1;
        for (var k = 0; k < _count; k++)
        {
            var hash = _entries[k].Hash;
            var i = SlotOf(hash);
            while (index[i] != 0)
            {
                i = (i + 1) & mask;
            }
            index[i] = ((long)hash << 32) | (uint)(k + 1);
        }
    }
}

/// <summary>A set of objects by identity, on <see cref="NodeMap{TKey, TValue}"/>.</summary>
internal sealed class NodeSet<T>
    where T : class
{
    /// <summary>The underlying map (merged like the other side tables).</summary>
    internal NodeMap<T, bool> Map { get; } = new();

    public int Count => Map.Count;

    /// <summary>Adds the item; false when it was already there.</summary>
    public bool Add(T item) => Map.TryAdd(item, true);

    public bool Contains(T item) => Map.ContainsKey(item);

    public void AddAll(NodeSet<T> other) => Map.AddAll(other.Map);
}
