using System.Collections.Immutable;

namespace Strand.Syntax.Parsing;

/// <summary>
/// A reusable stack from which lists are cut as immutable arrays. Nested productions push above
/// their caller's mark and pop back to it, so one buffer serves the whole recursive descent.
/// </summary>
internal sealed class Scratch<T>
    where T : class
{
    private T[] _items = new T[32];
    private int _count;

    public int Mark => _count;

    public int CountFrom(int mark) => _count - mark;

    public T this[int index] => _items[index];

    public void Push(T item)
    {
        if (_count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }
        _items[_count++] = item;
    }

    /// <summary>Drops the items above <paramref name="mark"/> without making an array of them.</summary>
    public void Discard(int mark)
    {
        Array.Clear(_items, mark, _count - mark);
        _count = mark;
    }

    public ImmutableArray<T> Pop(int mark)
    {
        var length = _count - mark;
        if (length <= 0)
        {
            _count = mark;
            return ImmutableArray<T>.Empty;
        }
        var result = ImmutableArray.Create(new ReadOnlySpan<T>(_items, mark, length));
        Array.Clear(_items, mark, length);
        _count = mark;
        return result;
    }
}
