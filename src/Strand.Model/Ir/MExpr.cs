using System.Collections.Immutable;
using Strand.Semantics;
using Strand.Syntax.Ast;
using Strand.Syntax.Tokens;

namespace Strand.Model.Ir;

/// <summary>
/// A side-effect-free operand: lowering hoists calls and receives into instructions, so what
/// remains can be evaluated in one step. Anything Strand does not follow is <see cref="MUnknown"/>.
/// </summary>
public abstract record MExpr;

public sealed record MUnknown : MExpr
{
    public static readonly MUnknown Instance = new();
}

public sealed record MVar(Variable Var) : MExpr;

/// <summary>A package-level variable: shared with code Strand does not see.</summary>
public sealed record MGlobal(VarSymbol Symbol) : MExpr;

public sealed record MInt(long Value) : MExpr;

public sealed record MBool(bool Value) : MExpr;

public sealed record MNil : MExpr
{
    public static readonly MNil Instance = new();
}

/// <summary>A value known to be non-nil but otherwise unknown (a string, a fresh error...).</summary>
public sealed record MNonNil : MExpr
{
    public static readonly MNonNil Instance = new();
}

/// <summary>
/// A string constant: whether it is empty (<c>for s.out == "" { c.Wait() }</c>); for <c>[]byte("...")</c>
/// also its length in bytes when small (-1 otherwise), so that a write loop over it knows when it is done.
/// </summary>
public sealed record MString(bool Empty, int Length = -1) : MExpr
{
    /// <summary>The largest byte length the model carries, like its largest tracked integer.</summary>
    public const int MaxLength = 64;

    public static MString Of(string? value)
    {
        var n = value is null ? -1 : System.Text.Encoding.UTF8.GetByteCount(value);
        return new MString(string.IsNullOrEmpty(value), n is >= 0 and <= MaxLength ? n : -1);
    }
}

public sealed record MField(MExpr X, string Name, GoType Type) : MExpr;

public sealed record MIndex(MExpr X, MExpr Index) : MExpr;

/// <summary><c>x[low:high]</c> (a missing bound is null): a shorter slice when the model knows x's elements, else x.</summary>
public sealed record MSlice(MExpr X, MExpr? Low, MExpr? High) : MExpr;

public sealed record MUnary(Token Op, MExpr X) : MExpr;

public sealed record MBinary(Token Op, MExpr X, MExpr Y) : MExpr;

/// <summary>A function literal: evaluating it makes a closure over the current environment.</summary>
public sealed record MClosure(FuncLit Lit) : MExpr;

public sealed record MFunc(FuncSymbol Function) : MExpr;

/// <summary><c>x.M</c> used as a value (a method value bound to x).</summary>
public sealed record MMethodValue(FuncSymbol Method, MExpr Receiver) : MExpr;

public enum CompositeKind
{
    Struct,
    Slice,
    Map,
}

/// <summary>A composite literal (or <c>new(T)</c>): a fresh object; Key is the field name for structs.</summary>
public sealed record MComposite(CompositeKind Kind, GoType Type, ImmutableArray<(string? Key, MExpr Value)> Elements, Node Site) : MExpr;

/// <summary><c>make(chan T, n)</c>: a fresh channel made at <see cref="Site"/>.</summary>
public sealed record MMakeChan(MExpr? Capacity, GoType Type, CallExpr Site) : MExpr;

/// <summary><c>make([]T, n)</c> or <c>make(map...)</c>.</summary>
public sealed record MMakeCollection(CompositeKind Kind, MExpr? Length, GoType Type, Node Site) : MExpr;

public sealed record MLen(MExpr X) : MExpr;

/// <summary>
/// <c>v, ok := x.(T)</c> for a concrete T: <see cref="Ok"/> false is v, true is ok. When the model knows
/// x's dynamic type (a struct it made), a different T gives ok == false and v the zero value.
/// </summary>
public sealed record MTypeAssert(MExpr X, GoType Type, bool Ok) : MExpr;

/// <summary><c>copy(dst, src)</c>: the number of elements copied, min(len(dst), len(src)).</summary>
public sealed record MCopy(MExpr Dst, MExpr Src) : MExpr;

/// <summary><c>append(s, xs...)</c>: the slice with elements added.</summary>
public sealed record MAppend(MExpr Slice, ImmutableArray<MExpr> Values, bool Spread) : MExpr;

/// <summary>The zero value of a declared variable's type (nil channel, fresh WaitGroup...).</summary>
public sealed record MZero(GoType Type, Node Site) : MExpr;

/// <summary><c>recover()</c>: non-nil while the goroutine panics.</summary>
public sealed record MRecover : MExpr
{
    public static readonly MRecover Instance = new();
}

/// <summary>The element a range loop visits at position <see cref="Index"/> (maps and slices alike).</summary>
public sealed record MRangeElement(MExpr X, MExpr Index) : MExpr;
