using System.Collections;
using System.Globalization;

namespace Strand.Analysis.Exploration;

/// <summary>
/// Values by key in key order, as two arrays, both shared between copies until one of them changes
/// its values (a state copy copies nothing), or adds or removes a key. Iteration order does not depend on
/// the order of assignments, so neither does the canonical numbering of the objects the values reach.
/// </summary>
/// <typeparam name="TOrder">The key order, a struct so that comparisons compile to direct calls.</typeparam>
public abstract class SortedValueMap<TKey, TOrder> : IEnumerable<KeyValuePair<TKey, Value>>
    where TOrder : struct, IComparer<TKey>
{
    private TKey[] _keys = [];
    private Value[] _values = [];
    private int _count;
    private bool _keysShared;
    private bool _valuesShared;

    public int Count => _count;

    public IEnumerable<TKey> Keys => _keys.Take(_count);

    public IEnumerable<Value> Values => _values.Take(_count);

    /// <summary>The keys in order, without an enumerator (state keys).</summary>
    internal ReadOnlySpan<TKey> KeySpan => _keys.AsSpan(0, _count);

    /// <summary>The values in key order, without an enumerator (walks and state keys).</summary>
    internal ReadOnlySpan<Value> ValueSpan => _values.AsSpan(0, _count);

    public Value this[TKey key]
    {
        get => TryGetValue(key, out var v) ? v : throw new KeyNotFoundException(Convert.ToString(key, CultureInfo.InvariantCulture));
        set
        {
            var i = IndexOf(key);
            if (i >= 0)
            {
                var old = _values[i];
                if (old.Kind == value.Kind && old.N == value.N && ReferenceEquals(old.Code, value.Code))
                {
                    return; // unchanged: shared values stay shared
                }
                OwnValues();
                _values[i] = value;
                return;
            }
            Insert(~i, key, value);
        }
    }

    public bool TryGetValue(TKey key, out Value value)
    {
        var i = IndexOf(key);
        value = i >= 0 ? _values[i] : default;
        return i >= 0;
    }

    public bool ContainsKey(TKey key) => IndexOf(key) >= 0;

    public bool Remove(TKey key)
    {
        var i = IndexOf(key);
        if (i < 0)
        {
            return false;
        }
        OwnKeys();
        OwnValues();
        Array.Copy(_keys, i + 1, _keys, i, _count - i - 1);
        Array.Copy(_values, i + 1, _values, i, _count - i - 1);
        _count--;
        _keys[_count] = default!;
        return true;
    }

    /// <summary>Removes the entries whose value matches.</summary>
    public void RemoveWhere(Func<Value, bool> drop)
    {
        var kept = 0;
        for (var i = 0; i < _count; i++)
        {
            if (!drop(_values[i]))
            {
                kept++;
            }
        }
        if (kept == _count)
        {
            return;
        }
        OwnKeys();
        OwnValues();
        var k = 0;
        for (var i = 0; i < _count; i++)
        {
            if (!drop(_values[i]))
            {
                _keys[k] = _keys[i];
                _values[k] = _values[i];
                k++;
            }
        }
        _count = k;
    }

    /// <summary>Removes the entries whose key <paramref name="keep"/> rejects (one pass, keys copied only when one goes).</summary>
    public void RetainKeys<TFilter>(TFilter keep)
        where TFilter : IKeyFilter<TKey>
    {
        var first = 0;
        while (first < _count && keep.Keeps(_keys[first]))
        {
            first++;
        }
        if (first == _count)
        {
            return;
        }
        OwnKeys();
        OwnValues();
        var k = first;
        for (var i = first + 1; i < _count; i++)
        {
            if (keep.Keeps(_keys[i]))
            {
                _keys[k] = _keys[i];
                _values[k] = _values[i];
                k++;
            }
        }
        for (var i = k; i < _count; i++)
        {
            _keys[i] = default!;
        }
        _count = k;
    }

    /// <summary>Drops every entry; fresh arrays, so copies sharing the old keys are untouched.</summary>
    public void Clear()
    {
        _keys = [];
        _values = [];
        _count = 0;
        _keysShared = false;
        _valuesShared = false;
    }

    /// <summary>Replaces every value by its image (renumbering); keys and order stay.</summary>
    internal void Remap(CanonicalOrder order)
    {
        for (var i = 0; i < _count; i++)
        {
            if (order.Changes(_values[i]))
            {
                OwnValues();
                _values[i] = order.Remap(_values[i]);
            }
        }
    }

    public IEnumerator<KeyValuePair<TKey, Value>> GetEnumerator()
    {
        for (var i = 0; i < _count; i++)
        {
            yield return new KeyValuePair<TKey, Value>(_keys[i], _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Makes <paramref name="copy"/> (empty) a copy of this map sharing its keys.</summary>
    protected T CopyInto<T>(T copy)
        where T : SortedValueMap<TKey, TOrder>
    {
        _keysShared = true;
        _valuesShared = true;
        copy._keys = _keys;
        copy._values = _values;
        copy._count = _count;
        copy._keysShared = true;
        copy._valuesShared = true;
        return copy;
    }

    private int IndexOf(TKey key)
    {
        int lo = 0, hi = _count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var c = default(TOrder).Compare(_keys[mid], key);
            if (c == 0)
            {
                return mid;
            }
            if (c < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return ~lo;
    }

    private void Insert(int at, TKey key, Value value)
    {
        OwnKeys();
        OwnValues();
        if (_count == _keys.Length)
        {
            Array.Resize(ref _keys, Math.Max(4, _count * 2));
        }
        if (_count >= _values.Length)
        {
            Array.Resize(ref _values, _keys.Length);
        }
        Array.Copy(_keys, at, _keys, at + 1, _count - at);
        Array.Copy(_values, at, _values, at + 1, _count - at);
        _keys[at] = key;
        _values[at] = value;
        _count++;
    }

    /// <summary>Copies the shared values before changing them (the other copies keep theirs).</summary>
    private void OwnValues()
    {
        if (_valuesShared)
        {
            _values = _values[..Math.Max(_count, Math.Min(_values.Length, _count + 4))];
            _valuesShared = false;
        }
    }

    /// <summary>Copies the shared keys before changing them (the other copies keep theirs).</summary>
    private void OwnKeys()
    {
        if (_keysShared)
        {
            _keys = _keys[..Math.Max(_count, Math.Min(_keys.Length, _count + 4))];
            _keysShared = false;
        }
    }
}

/// <summary>Which keys <see cref="SortedValueMap{TKey, TOrder}.RetainKeys"/> keeps (a struct, so the test is a direct call).</summary>
public interface IKeyFilter<in TKey>
{
    bool Keeps(TKey key);
}

/// <summary>Field names in ordinal order (culture-independent, as the sorted dictionary it replaced).</summary>
public readonly struct OrdinalOrder : IComparer<string>
{
    public int Compare(string? x, string? y) => string.CompareOrdinal(x, y);
}

/// <summary>Variable ids in ascending order.</summary>
public readonly struct AscendingOrder : IComparer<int>
{
    public int Compare(int x, int y) => x.CompareTo(y);
}
