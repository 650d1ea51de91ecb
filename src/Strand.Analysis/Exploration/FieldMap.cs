using System.Collections;

namespace Strand.Analysis.Exploration;

/// <summary>
/// The fields of a <see cref="StructObj"/> by name, in ordinal order (as the sorted dictionary it
/// replaces). Two arrays instead of a tree: a state copy copies the values only, and the names are
/// shared between copies until one of them adds or removes a field.
/// </summary>
public sealed class FieldMap : IEnumerable<KeyValuePair<string, Value>>
{
    private string[] _names = [];
    private Value[] _values = [];
    private int _count;
    private bool _namesShared;

    public int Count => _count;

    public IEnumerable<string> Keys => _names.Take(_count);

    public IEnumerable<Value> Values => _values.Take(_count);

    public Value this[string name]
    {
        get => TryGetValue(name, out var v) ? v : throw new KeyNotFoundException(name);
        set
        {
            var i = IndexOf(name);
            if (i >= 0)
            {
                _values[i] = value;
                return;
            }
            Insert(~i, name, value);
        }
    }

    public FieldMap Clone()
    {
        _namesShared = true;
        return new FieldMap { _names = _names, _values = _count == 0 ? [] : _values[.._count], _count = _count, _namesShared = true };
    }

    public bool TryGetValue(string name, out Value value)
    {
        var i = IndexOf(name);
        value = i >= 0 ? _values[i] : default;
        return i >= 0;
    }

    public bool ContainsKey(string name) => IndexOf(name) >= 0;

    public bool Remove(string name)
    {
        var i = IndexOf(name);
        if (i < 0)
        {
            return false;
        }
        OwnNames();
        Array.Copy(_names, i + 1, _names, i, _count - i - 1);
        Array.Copy(_values, i + 1, _values, i, _count - i - 1);
        _count--;
        _names[_count] = null!;
        return true;
    }

    /// <summary>Drops every field; fresh arrays, so copies sharing the old names are untouched.</summary>
    public void Clear()
    {
        _names = [];
        _values = [];
        _count = 0;
        _namesShared = false;
    }

    /// <summary>Replaces every value by its image (renumbering); names and order stay.</summary>
    public void MapValues(Func<Value, Value> map)
    {
        for (var i = 0; i < _count; i++)
        {
            _values[i] = map(_values[i]);
        }
    }

    public IEnumerator<KeyValuePair<string, Value>> GetEnumerator()
    {
        for (var i = 0; i < _count; i++)
        {
            yield return new KeyValuePair<string, Value>(_names[i], _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string name)
    {
        int lo = 0, hi = _count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var c = string.CompareOrdinal(_names[mid], name);
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

    private void Insert(int at, string name, Value value)
    {
        OwnNames();
        if (_count == _names.Length)
        {
            var size = Math.Max(4, _count * 2);
            Array.Resize(ref _names, size);
        }
        if (_count >= _values.Length)
        {
            Array.Resize(ref _values, _names.Length);
        }
        Array.Copy(_names, at, _names, at + 1, _count - at);
        Array.Copy(_values, at, _values, at + 1, _count - at);
        _names[at] = name;
        _values[at] = value;
        _count++;
    }

    /// <summary>Copies the shared names before changing them (the other copies keep theirs).</summary>
    private void OwnNames()
    {
        if (_namesShared)
        {
            _names = _names[..Math.Max(_count, Math.Min(_names.Length, _count + 4))];
            _namesShared = false;
        }
    }
}
