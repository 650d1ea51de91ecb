using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Strand.Analysis.Exploration;

/// <summary>
/// Writes a state's canonical encoding into a byte buffer reused on this thread and hashes it into a
/// <see cref="StateKey"/>. Integers are zigzag varints; every list is count-prefixed or closed by a tag
/// and every variable-length item is tagged, so the encoding is injective: equal bytes, equal states.
/// Object ids are written in the canonical numbering (<see cref="CanonicalOrder"/>), which the writer
/// extends as it goes: an object is numbered when first written, so writing the roots and then the
/// numbered objects in order is the breadth-first walk itself. Without a numbering ids are written as they are.
/// </summary>
internal sealed class KeyWriter
{
    [ThreadStatic]
    private static KeyWriter? t_writer;

    private byte[] _buffer = new byte[4096];
    private int _length;
    private CanonicalOrder? _order;

    /// <summary>The cleared writer of this thread; ids go through <paramref name="order"/> (null: unchanged).</summary>
    public static KeyWriter Start(CanonicalOrder? order)
    {
        var w = t_writer ??= new KeyWriter();
        w._length = 0;
        w._order = order;
        return w;
    }

    public StateKey Finish()
    {
        var h = XxHash128.HashToUInt128(_buffer.AsSpan(0, _length));
        _order = null;
        return new StateKey((ulong)h, (ulong)(h >> 64));
    }

    public void Tag(char c) => Byte((byte)c);

    public void Bool(bool b) => Byte(b ? (byte)1 : (byte)0);

    /// <summary>Up to five flags in one byte.</summary>
    public void Flags(bool a, bool b = false, bool c = false, bool d = false, bool e = false) =>
        Byte((byte)((a ? 1 : 0) | (b ? 2 : 0) | (c ? 4 : 0) | (d ? 8 : 0) | (e ? 16 : 0)));

    public void Int(long v) => Unsigned((ulong)((v << 1) ^ (v >> 63)));

    /// <summary>An object id in the canonical numbering, numbering it if new (0 stays 0; a missing object writes 0 and marks the numbering dangling).</summary>
    public void Object(int id)
    {
        if (id != 0 && _order is not null)
        {
            _order.VisitId(id);
            id = _order.NewId(id);
        }
        Int(id);
    }

    /// <summary>A syntax or symbol object by identity.</summary>
    public void Code(object? o) => Int(o is null ? 0 : ObjectIds.Of(o));

    public void Text(string s)
    {
        Int(s.Length);
        var bytes = MemoryMarshal.AsBytes(s.AsSpan());
        Room(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    public void Value(Value v)
    {
        Byte((byte)v.Kind);
        switch (v.Kind)
        {
            case ValueKind.Bool or ValueKind.Int or ValueKind.Unknown:
                Int(v.N);
                break;
            case ValueKind.NonNil when v.Code is not null:
                Byte(2);
                Code(v.Code); // a sentinel error
                break;
            case ValueKind.NonNil:
                Byte(v.N != 0 ? (byte)1 : (byte)0);
                if (v.N != 0)
                {
                    Int(v.N);
                }
                break;
            case ValueKind.Ref or ValueKind.Cancel or ValueKind.SymLen:
                Object((int)v.N);
                break;
            case ValueKind.Closure or ValueKind.Bound:
                Code(v.Code!);
                Object((int)v.N);
                break;
            case ValueKind.Func:
                Code(v.Code!);
                break;
            default:
                break;
        }
    }

    public void Values(ReadOnlySpan<Value> values)
    {
        Int(values.Length);
        foreach (var v in values)
        {
            Value(v);
        }
    }

    private void Byte(byte b)
    {
        Room(1);
        _buffer[_length++] = b;
    }

    private void Unsigned(ulong v)
    {
        Room(10);
        var buf = _buffer;
        var i = _length;
        while (v >= 0x80)
        {
            buf[i++] = (byte)(v | 0x80);
            v >>= 7;
        }
        buf[i++] = (byte)v;
        _length = i;
    }

    private void Room(int n)
    {
        if (_length + n > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_length + n, _buffer.Length * 2));
        }
    }
}
