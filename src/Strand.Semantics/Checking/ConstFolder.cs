using System.Numerics;
using Strand.Syntax.Tokens;

namespace Strand.Semantics;

/// <summary>Folds constant operations: exact integers, double floats, strings and booleans.</summary>
internal static class ConstFolder
{
    private const int MaxShift = 1024;

    /// <summary>Longest string constant whose value is tracked (Strand needs strings only for len()).</summary>
    public const int MaxStringConstant = 1024;

    public static ConstValue? Unary(Token op, ConstValue? x, GoType type)
    {
        if (x is null)
        {
            return null;
        }
        return (op, x.Kind) switch
        {
            (Token.Add, _) => x,
            (Token.Sub, ConstKind.Int) => ConstValue.OfInt(-x.Int),
            (Token.Sub, ConstKind.Float) => ConstValue.OfFloat(-x.Float),
            (Token.Xor, ConstKind.Int) => ConstValue.OfInt(Complement(x.Int, type)),
            (Token.Not, ConstKind.Bool) => ConstValue.OfBool(!x.Bool),
            _ => null,
        };
    }

    /// <summary>^x: for unsigned typed constants the complement within the type's width.</summary>
    private static BigInteger Complement(BigInteger v, GoType type)
    {
        var bits = type.Underlying is BasicType b ? b.Kind switch
        {
            BasicKind.Uint8 => 8,
            BasicKind.Uint16 => 16,
            BasicKind.Uint32 => 32,
            BasicKind.Uint or BasicKind.Uint64 or BasicKind.Uintptr => 64,
            _ => 0,
        } : 0;
        return bits == 0 ? -v - 1 : ((BigInteger.One << bits) - 1) ^ v;
    }

    public static ConstValue? Binary(Token op, ConstValue? x, ConstValue? y, bool integerDivision)
    {
        if (x is null || y is null)
        {
            return null;
        }
        if (op is Token.Shl or Token.Shr)
        {
            if (x.AsBig() is not { } xv || y.AsBig() is not { } s || s < 0 || s > MaxShift)
            {
                return null;
            }
            return ConstValue.OfInt(op == Token.Shl ? xv << (int)s : xv >> (int)s);
        }
        if (x.Kind == ConstKind.String && y.Kind == ConstKind.String)
        {
            return op switch
            {
                // Long concatenation chains would cost quadratic memory: past a cap the value is unknown.
                Token.Add => x.Str!.Length + y.Str!.Length <= MaxStringConstant ? ConstValue.OfString(x.Str + y.Str) : null,
                Token.Eql => ConstValue.OfBool(x.Str == y.Str),
                Token.Neq => ConstValue.OfBool(x.Str != y.Str),
                Token.Lss => ConstValue.OfBool(string.CompareOrdinal(x.Str, y.Str) < 0),
                Token.Leq => ConstValue.OfBool(string.CompareOrdinal(x.Str, y.Str) <= 0),
                Token.Gtr => ConstValue.OfBool(string.CompareOrdinal(x.Str, y.Str) > 0),
                Token.Geq => ConstValue.OfBool(string.CompareOrdinal(x.Str, y.Str) >= 0),
                _ => null,
            };
        }
        if (x.Kind == ConstKind.Bool && y.Kind == ConstKind.Bool)
        {
            return op switch
            {
                Token.LAnd => ConstValue.OfBool(x.Bool && y.Bool),
                Token.LOr => ConstValue.OfBool(x.Bool || y.Bool),
                Token.Eql => ConstValue.OfBool(x.Bool == y.Bool),
                Token.Neq => ConstValue.OfBool(x.Bool != y.Bool),
                _ => null,
            };
        }
        if (x.Kind == ConstKind.Int && y.Kind == ConstKind.Int)
        {
            var a = x.Int;
            var b = y.Int;
            switch (op)
            {
                case Token.Add: return ConstValue.OfInt(a + b);
                case Token.Sub: return ConstValue.OfInt(a - b);
                case Token.Mul: return ConstValue.OfInt(a * b);
                case Token.Quo:
                    if (b.IsZero) return null;
                    return integerDivision ? ConstValue.OfInt(BigInteger.Divide(a, b)) : Float((double)a / (double)b);
                case Token.Rem: return b.IsZero ? null : ConstValue.OfInt(BigInteger.Remainder(a, b));
                case Token.And: return ConstValue.OfInt(a & b);
                case Token.Or: return ConstValue.OfInt(a | b);
                case Token.Xor: return ConstValue.OfInt(a ^ b);
                case Token.AndNot: return ConstValue.OfInt(a & ~b);
                case Token.Eql: return ConstValue.OfBool(a == b);
                case Token.Neq: return ConstValue.OfBool(a != b);
                case Token.Lss: return ConstValue.OfBool(a < b);
                case Token.Leq: return ConstValue.OfBool(a <= b);
                case Token.Gtr: return ConstValue.OfBool(a > b);
                case Token.Geq: return ConstValue.OfBool(a >= b);
                default: return null;
            }
        }
        if (x.Kind is ConstKind.Int or ConstKind.Float && y.Kind is ConstKind.Int or ConstKind.Float)
        {
            var a = x.Float;
            var b = y.Float;
            return op switch
            {
                Token.Add => Float(a + b),
                Token.Sub => Float(a - b),
                Token.Mul => Float(a * b),
                Token.Quo => b == 0 ? null : Float(a / b),
                Token.Eql => ConstValue.OfBool(a == b),
                Token.Neq => ConstValue.OfBool(a != b),
                Token.Lss => ConstValue.OfBool(a < b),
                Token.Leq => ConstValue.OfBool(a <= b),
                Token.Gtr => ConstValue.OfBool(a > b),
                Token.Geq => ConstValue.OfBool(a >= b),
                _ => null,
            };
        }
        return null;
    }

    private static ConstValue Float(double d) => ConstValue.OfFloat(d);

    /// <summary>Converts a constant to a target type: integer types truncate integral floats; strings from integers.</summary>
    public static ConstValue? Convert(ConstValue? v, GoType target)
    {
        if (v is null || target.Underlying is not BasicType b)
        {
            return null;
        }
        if (b.IsInteger)
        {
            return v.AsBig() is { } i ? ConstValue.OfInt(i) : null;
        }
        if (b.Kind is BasicKind.Float32 or BasicKind.Float64 or BasicKind.UntypedFloat)
        {
            return v.Kind is ConstKind.Int or ConstKind.Float ? ConstValue.OfFloat(v.Float) : null;
        }
        if (b.IsString)
        {
            return v.Kind == ConstKind.String ? v : null;
        }
        if (b.IsBoolean)
        {
            return v.Kind == ConstKind.Bool ? v : null;
        }
        return null;
    }
}
