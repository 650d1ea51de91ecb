using System.Globalization;
using System.Numerics;

namespace Strand.Semantics;

public enum ConstKind
{
    Int,
    Float,
    String,
    Bool,
}

/// <summary>A compile-time constant value (integers exact, floats approximated by double).</summary>
public sealed record ConstValue(ConstKind Kind, BigInteger Int, double Float, string? Str, bool Bool)
{
    public static ConstValue OfInt(BigInteger v) => new(ConstKind.Int, v, (double)v, null, false);

    public static ConstValue OfFloat(double v) => new(ConstKind.Float, default, v, null, false);

    public static ConstValue OfString(string v) => new(ConstKind.String, default, 0, v, false);

    public static ConstValue OfBool(bool v) => new(ConstKind.Bool, default, 0, null, v);

    /// <summary>The value as a long when it is an integer (or an integral float) that fits.</summary>
    public long? AsLong()
    {
        if (Kind == ConstKind.Int)
        {
            return Int >= long.MinValue && Int <= long.MaxValue ? (long)Int : null;
        }
        if (Kind == ConstKind.Float && Math.Floor(Float) == Float && Math.Abs(Float) < 9e18)
        {
            return (long)Float;
        }
        return null;
    }

    /// <summary>The exact integer value (integral floats included), or null.</summary>
    public BigInteger? AsBig() => Kind == ConstKind.Int ? Int : Kind == ConstKind.Float && Math.Floor(Float) == Float && !double.IsInfinity(Float) ? new BigInteger(Float) : null;

    public override string ToString() => Kind switch
    {
        ConstKind.Int => Int.ToString(CultureInfo.InvariantCulture),
        ConstKind.Float => Float.ToString(CultureInfo.InvariantCulture),
        ConstKind.String => Str ?? "",
        _ => Bool ? "true" : "false",
    };
}
