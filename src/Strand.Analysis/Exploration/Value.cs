using System.Collections.Concurrent;
using System.Text;

namespace Strand.Analysis.Exploration;

public enum ValueKind : byte
{
    /// <summary>Anything the model does not follow; operations on it never block.</summary>
    Unknown,
    Nil,
    NonNil,
    Bool,
    Int,

    /// <summary>A heap object (channel, struct, slice, map, context, WaitGroup...): N is its id.</summary>
    Ref,

    /// <summary>A declared function: Code is the FuncSymbol.</summary>
    Func,

    /// <summary>A function literal: Code is the FuncLit, N the environment it captures.</summary>
    Closure,

    /// <summary>A method value: Code is the FuncSymbol, N the receiver object (0 when unknown).</summary>
    Bound,

    /// <summary>A context's cancel function: N is the context object.</summary>
    Cancel,

    /// <summary>The length of a slice or map whose length is not known yet: N is the object.</summary>
    SymLen,
}

/// <summary>An abstract value of the model.</summary>
public readonly record struct Value(ValueKind Kind, long N = 0, object? Code = null)
{
    public static readonly Value Unknown = new(ValueKind.Unknown);
    public static readonly Value Nil = new(ValueKind.Nil);
    public static readonly Value NonNil = new(ValueKind.NonNil);

    /// <summary>Strings are NonNil; N tells what the model knows: 0 nothing, 2 empty, 3 not empty.</summary>
    public static readonly Value EmptyString = new(ValueKind.NonNil, 2);

    public static readonly Value NonEmptyString = new(ValueKind.NonNil, 3);

    public static readonly Value True = new(ValueKind.Bool, 1);
    public static readonly Value False = new(ValueKind.Bool, 0);

    public static Value Bool(bool b) => b ? True : False;

    /// <summary>Small integers are tracked; large ones become unknown so that states stay finite.</summary>
    public static Value Int(long n) => n is >= -64 and <= 64 ? new(ValueKind.Int, n) : n > 64 ? LargePositive : Overflow;

    /// <summary>An integer too large to track: a branch that depends on it is not followed (the path is cut).</summary>
    public static readonly Value Overflow = new(ValueKind.Unknown, 1);

    /// <summary>An integer known to be larger than any tracked one (a 4096-byte buffer size): still an overflow.</summary>
    public static readonly Value LargePositive = new(ValueKind.Unknown, 2);

    public bool IsOverflow => Kind == ValueKind.Unknown && N is 1 or 2;

    public bool IsLargePositive => Kind == ValueKind.Unknown && N == 2;

    public static Value Ref(int id) => new(ValueKind.Ref, id);

    public bool IsRef => Kind == ValueKind.Ref;
    public int Id => (int)N;

    /// <summary>True when the value holds an object id in <see cref="N"/>.</summary>
    public bool HoldsObject => Kind is ValueKind.Ref or ValueKind.Closure or ValueKind.Bound or ValueKind.Cancel or ValueKind.SymLen && N != 0;

    public Value WithObject(int id) => this with { N = id };

    public void Write(StringBuilder sb, Func<int, int> map)
    {
        sb.Append((char)('a' + (int)Kind));
        switch (Kind)
        {
            case ValueKind.Bool or ValueKind.Int or ValueKind.Unknown:
                sb.Append(N);
                break;
            case ValueKind.NonNil when Code is not null:
                sb.Append('s').Append(ObjectIds.Of(Code)); // a sentinel error
                break;
            case ValueKind.NonNil when N != 0:
                sb.Append(N);
                break;
            case ValueKind.Ref or ValueKind.Cancel or ValueKind.SymLen:
                sb.Append(map((int)N));
                break;
            case ValueKind.Closure or ValueKind.Bound:
                sb.Append(ObjectIds.Of(Code!)).Append('/').Append(N == 0 ? 0 : map((int)N));
                break;
            case ValueKind.Func:
                sb.Append(ObjectIds.Of(Code!));
                break;
            default:
                break;
        }
    }
}

/// <summary>Stable small numbers for syntax and symbol objects, used in state fingerprints.</summary>
public static class ObjectIds
{
    private static readonly ConcurrentDictionary<object, int> Ids = new(ReferenceEqualityComparer.Instance);
    private static int s_next;

    public static int Of(object o) => Ids.GetOrAdd(o, _ => Interlocked.Increment(ref s_next));
}
