using Strand.Model.Ir;
using Strand.Syntax.Tokens;

namespace Strand.Analysis.Exploration;

/// <summary>
/// Byte lengths of strings and <c>[]byte</c> values where they are known: literals, re-slicing,
/// <c>len</c> and <c>copy</c>. A write loop such as <c>for len(b) > 0 { n := copy(dst, b); b = b[n:] }</c>
/// then ends when the reader took every byte, and goes on (and may block) when it did not.
/// </summary>
internal sealed partial class Interpreter
{
    // A string or []byte value is NonNil; its N says what is known: 0 nothing, 2 empty,
    // 3 not empty, 4 + L exactly L bytes (1 <= L <= MString.MaxLength).
    private const long KnownLengthBase = 4;

    /// <summary>A length at least this large: a buffer made with a size too large to track.</summary>
    private const long LargeLength = long.MaxValue;

    private static Value BytesOfLength(long length) => length switch
    {
        0 => Value.EmptyString,
        > 0 and <= MString.MaxLength => new Value(ValueKind.NonNil, KnownLengthBase + length),
        > 0 => Value.NonEmptyString,
        _ => Value.NonNil,
    };

    private static Value StringConstant(MString str) =>
        str.Length >= 0 ? BytesOfLength(str.Length) : str.Empty ? Value.EmptyString : Value.NonEmptyString;

    /// <summary>The byte length of a string or []byte value, when the model knows it.</summary>
    private static long? ByteLength(Value v) => v.Kind != ValueKind.NonNil ? null
        : v.N == 2 ? 0
        : v.N >= KnownLengthBase ? v.N - KnownLengthBase
        : null;

    /// <summary>Both values are strings with known lengths that differ, or one is empty and the other not.</summary>
    private static bool? StringsEqual(Value x, Value y)
    {
        if (x.N == 2 && y.N == 2)
        {
            return true;
        }
        if ((x.N == 2) != (y.N == 2) || ByteLength(x) is { } lx && ByteLength(y) is { } ly && lx != ly)
        {
            return false;
        }
        return null;
    }

    /// <summary>s + t of two strings of known length.</summary>
    private static Value? ConcatLengths(Value x, Value y) =>
        ByteLength(x) is { } lx && ByteLength(y) is { } ly ? BytesOfLength(lx + ly) : null;

    /// <summary>s[low:high] of a string or []byte value (not a followed slice object).</summary>
    private Value SliceBytes(State s, Frame f, MSlice sl, Value x)
    {
        if (sl.Low is null && sl.High is null)
        {
            return x;
        }
        var low = sl.Low is null ? Value.Int(0) : Eval(s, f, sl.Low);
        var length = ByteLength(x);
        var high = sl.High is null ? (length is { } l ? Value.Int(l) : Value.Unknown) : Eval(s, f, sl.High);
        if (low.Kind == ValueKind.Int && high.Kind == ValueKind.Int && low.N >= 0 && low.N <= high.N && (length is null || high.N <= length))
        {
            return BytesOfLength(high.N - low.N);
        }
        if (sl.High is null && low.Kind == ValueKind.Int && low.N == 0)
        {
            return x;
        }
        return Value.NonNil; // a slice of a non-nil value: its length is not known
    }

    /// <summary>
    /// buf[low:high] of a slice whose length alone is known: a new slice of the computed length when
    /// its elements are plain values (bytes); a large buffer stays large; anything else forgets the length.
    /// </summary>
    private Value SliceExtent(State s, Frame f, MSlice sl, Value x, CollectionObj c)
    {
        if (sl.Low is null && sl.High is null)
        {
            return x;
        }
        var low = sl.Low is null ? Value.Int(0) : Eval(s, f, sl.Low);
        var high = sl.High is null ? null : (Value?)Eval(s, f, sl.High);
        long extent = -1;
        if (c.Extent == LargeLength)
        {
            // a buffer too large to track, cut by a small offset: still larger than any tracked length
            extent = high is null && low.Kind == ValueKind.Int && low.N >= 0 ? LargeLength : -1;
        }
        else if (low.Kind == ValueKind.Int && low.N >= 0 && (high is null || high.Value.Kind == ValueKind.Int && high.Value.N >= low.N && high.Value.N <= c.Extent))
        {
            extent = (high?.N ?? c.Extent) - low.N;
        }
        if (extent == c.Extent)
        {
            return x;
        }
        if (c.Elements.Any(e => e.HoldsObject))
        {
            c.Extent = -1; // keep the one object (aliasing matters for its elements); its length is no longer known
            return x;
        }
        var part = new CollectionObj { LengthKnown = false, Extent = extent };
        part.Elements.AddRange(c.Elements);
        return Value.Ref(s.Alloc(part));
    }

    /// <summary>len() of a slice whose length alone is known.</summary>
    private static Value? ExtentLength(CollectionObj c) => c.Extent switch
    {
        LargeLength => Value.LargePositive,
        >= 0 => Value.Int(c.Extent),
        _ => null,
    };

    /// <summary>The length copy() sees: exact, <see cref="LargeLength"/> for a large buffer, or null.</summary>
    private static long? CopyLength(State s, Value v)
    {
        if (v.Kind == ValueKind.Nil)
        {
            return 0;
        }
        if (ByteLength(v) is { } n)
        {
            return n;
        }
        return s.Get<CollectionObj>(v) switch
        {
            { Open: true } => null,
            { LengthKnown: true } c => c.Elements.Count,
            { Extent: >= 0 } c => c.Extent,
            _ => null,
        };
    }

    /// <summary>copy(dst, src) returns min(len(dst), len(src)): known when both lengths are, or one is small and the other large.</summary>
    private static Value Copy(State s, Value dst, Value src)
    {
        if (CopyLength(s, dst) is not { } ld || CopyLength(s, src) is not { } ls)
        {
            return Value.Unknown;
        }
        var n = Math.Min(ld, ls);
        return n == LargeLength ? Value.Overflow : Value.Int(n);
    }

    /// <summary>A large positive integer (a buffer size) against a tracked one: <c>size &lt; 16</c> is false.</summary>
    private static Value? LargeComparedWithTracked(Token op, Value x, Value y)
    {
        int sign; // the sign of x - y
        if (x.IsLargePositive && y.Kind == ValueKind.Int)
        {
            sign = 1;
        }
        else if (y.IsLargePositive && x.Kind == ValueKind.Int)
        {
            sign = -1;
        }
        else
        {
            return null;
        }
        return Value.Bool(op switch
        {
            Token.Lss or Token.Leq => sign < 0,
            Token.Gtr or Token.Geq => sign > 0,
            Token.Eql => false,
            _ => true,
        });
    }

    /// <summary><c>*p = v</c>: p's struct takes v's fields; anything the model does not follow escapes as before.</summary>
    private static void StoreThroughPointer(State s, Value pointer, Value v)
    {
        if (s.Get<StructObj>(pointer) is not { Open: false } target || s.Get<StructObj>(v) is not { } source || source.Open)
        {
            Open(s, v);
            return;
        }
        foreach (var name in target.Fields.Keys.Concat(source.Fields.Keys).Distinct().ToList())
        {
            ForgetField(s, name);
        }
        target.Fields.Clear();
        foreach (var (name, value) in source.Fields)
        {
            target.Fields[name] = value;
        }
    }
}
