using System.Collections;

namespace Strand.Analysis.Exploration;

/// <summary>
/// The variables of an <see cref="EnvObj"/> by variable id, in id order: iteration (and so the
/// canonical numbering of the objects they reach) does not depend on the order of assignments.
/// Two arrays: a state copy copies the values only; the ids are shared until one copy adds one.
/// </summary>
public sealed class VarMap : IEnumerable<KeyValuePair<int, Value>>
{
    private int[] _names = [];
    private Value[] _values = [];
    private int _count;
    private bool _namesShared;

    public int Count => _count;

    public IEnumerable<int> Keys => _names.Take(_count);

    public IEnumerable<Value> Values => _values.Take(_count);

    public Value this[int name]
    {
        get => TryGetValue(name, out var v) ? v : throw new KeyNotFoundException(name.ToString(System.Globalization.CultureInfo.InvariantCulture));
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

    public VarMap Clone()
    {
        _namesShared = true;
        return new VarMap { _names = _names, _values = _count == 0 ? [] : _values[.._count], _count = _count, _namesShared = true };
    }

    public bool TryGetValue(int name, out Value value)
    {
        var i = IndexOf(name);
        value = i >= 0 ? _values[i] : default;
        return i >= 0;
    }

    public bool ContainsKey(int name) => IndexOf(name) >= 0;

    public bool Remove(int name)
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
        return true;
    }

    /// <summary>Removes the variables whose value matches (unknown: the default when missing).</summary>
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
        OwnNames();
        var k = 0;
        for (var i = 0; i < _count; i++)
        {
            if (!drop(_values[i]))
            {
                _names[k] = _names[i];
                _values[k] = _values[i];
                k++;
            }
        }
        _count = k;
    }

    /// <summary>Replaces every value by its image (renumbering); names and order stay.</summary>
    public void MapValues(Func<Value, Value> map)
    {
        for (var i = 0; i < _count; i++)
        {
            _values[i] = map(_values[i]);
        }
    }

    public IEnumerator<KeyValuePair<int, Value>> GetEnumerator()
    {
        for (var i = 0; i < _count; i++)
        {
            yield return new KeyValuePair<int, Value>(_names[i], _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(int name)
    {
        int lo = 0, hi = _count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var c = _names[mid].CompareTo(name);
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

    private void Insert(int at, int name, Value value)
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
