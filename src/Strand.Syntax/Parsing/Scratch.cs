using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Strand.Syntax.Parsing;

/// <summary>
/// A reusable stack from which lists are cut as immutable arrays. Nested productions push above
/// their caller's mark and pop back to it, so one buffer serves the whole recursive descent.
/// </summary>
internal sealed class Scratch<T>
    where T : class
{
    // Items sit in a one-field struct: a store into an array of structs needs no covariance check,
    // which a store of an Ident into an Expr[] would pay on every push.
    private struct Slot
    {
        public T Item;
    }

    private Slot[] _items = new Slot[32];
    private int _count;

    public int Mark => _count;

    public int CountFrom(int mark) => _count - mark;

    public T this[int index] => _items[index].Item;

    public void Push(T item)
    {
        if (_count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }
        _items[_count++].Item = item;
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
        // A Slot has exactly the layout of its T, so the slots read as a span of T for one bulk copy.
        var items = MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<Slot, T>(ref _items[mark]), length);
        var result = ImmutableArray.Create(items);
        Array.Clear(_items, mark, length);
        _count = mark;
        return result;
    }
}
