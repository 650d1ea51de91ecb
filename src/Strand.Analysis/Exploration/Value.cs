using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

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
}

/// <summary>
/// Small numbers for syntax and symbol objects, used in state keys: one object, one number, for the whole run.
/// Which number an object gets depends on the order threads meet it in, but keys only compare for
/// equality within one entry's exploration, so results do not depend on it.
/// </summary>
public static class ObjectIds
{
    private static readonly ConcurrentDictionary<object, int> Ids = new(ReferenceEqualityComparer.Instance);
    private static int s_next;

    // A small per-thread cache in front of the shared dictionary: keys ask for the same few objects over and over.
    [ThreadStatic]
    private static (object? Object, int Id)[]? t_recent;

    public static int Of(object o)
    {
        var recent = t_recent ??= new (object?, int)[1024];
        ref var slot = ref recent[RuntimeHelpers.GetHashCode(o) & (recent.Length - 1)];
        if (!ReferenceEquals(slot.Object, o))
        {
            slot = (o, Ids.GetOrAdd(o, static _ => Interlocked.Increment(ref s_next)));
        }
        return slot.Id;
    }
}
