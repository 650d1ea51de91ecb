using System.Globalization;
using System.Numerics;
using System.Text;
using Strand.Syntax.Ast;
using Strand.Syntax.Tokens;

namespace Strand.Semantics;

/// <summary>Values of Go literals. Strings are kept as one char per byte so that len() counts bytes.</summary>
internal static class Literals
{
    public static (GoType Type, ConstValue? Value) Of(BasicLit lit)
    {
        switch (lit.Kind)
        {
            case Token.Int:
                return (BasicType.UntypedInt, ParseInt(lit.Value) is { } i ? ConstValue.OfInt(i) : null);
            case Token.Float:
                return (BasicType.UntypedFloat, ParseFloat(lit.Value) is { } f ? ConstValue.OfFloat(f) : null);
            case Token.Imag:
                return (BasicType.UntypedComplex, null);
            case Token.Char:
                var c = Unquote(lit.Value, '\'');
                return (BasicType.UntypedRune, c is { Length: > 0 } ? ConstValue.OfInt(DecodeRune(c)) : null);
            case Token.String:
                var s = Unquote(lit.Value, lit.Value.StartsWith('`') ? '`' : '"');
                return (BasicType.UntypedString, s is null || s.Length > ConstFolder.MaxStringConstant ? null : ConstValue.OfString(s));
            default:
                return (UnknownType.Instance, null);
        }
    }

    public static BigInteger? ParseInt(string text)
    {
        var t = text.Replace("_", "", StringComparison.Ordinal);
        try
        {
            if (t.Length > 1 && t[0] == '0')
            {
                switch (char.ToLowerInvariant(t[1]))
                {
                    case 'x':
                        return BigInteger.Parse("0" + t[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
                    case 'b':
                        return ParseRadix(t[2..], 2);
                    case 'o':
                        return ParseRadix(t[2..], 8);
                    default:
                        return ParseRadix(t[1..], 8);
                }
            }
            return BigInteger.Parse(t, NumberStyles.None, CultureInfo.InvariantCulture);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static BigInteger? ParseRadix(string digits, int radix)
    {
        if (digits.Length == 0)
        {
            return null;
        }
        BigInteger v = 0;
        foreach (var ch in digits)
        {
            var d = ch - '0';
            if (d < 0 || d >= radix)
            {
                return null;
            }
            v = v * radix + d;
        }
        return v;
    }

    private static double? ParseFloat(string text)
    {
        var t = text.Replace("_", "", StringComparison.Ordinal);
        if (t.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            return null; // hex floats: value not needed for Strand's purposes
        }
        return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;
    }

    private static long DecodeRune(string bytes)
    {
        // bytes holds UTF-8 bytes as chars; decode the first rune.
        var raw = new byte[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            raw[i] = (byte)bytes[i];
        }
        if (raw.Length == 1 || raw[0] < 0x80)
        {
            return raw[0];
        }
        var s = Encoding.UTF8.GetString(raw);
        return char.ConvertToUtf32(s, 0);
    }

    /// <summary>Decodes a quoted literal into a byte string (one char per byte); null when malformed.</summary>
    public static string? Unquote(string lit, char quote)
    {
        if (lit.Length < 2 || lit[0] != quote || lit[^1] != quote)
        {
            return null;
        }
        var body = lit[1..^1];
        var sb = new StringBuilder(body.Length);
        if (quote == '`')
        {
            foreach (var b in Encoding.UTF8.GetBytes(body.Replace("\r", "", StringComparison.Ordinal)))
            {
                sb.Append((char)b);
            }
            return sb.ToString();
        }
        var utf8 = Encoding.UTF8.GetBytes(body);
        for (var i = 0; i < utf8.Length; i++)
        {
            var c = utf8[i];
            if (c != '\\')
            {
                sb.Append((char)c);
                continue;
            }
            if (++i >= utf8.Length)
            {
                return null;
            }
            switch ((char)utf8[i])
            {
                case 'a': sb.Append('\a'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'v': sb.Append('\v'); break;
                case '\\': sb.Append('\\'); break;
                case '\'': sb.Append('\''); break;
                case '"': sb.Append('"'); break;
                case 'x':
                    if (!Hex(utf8, i + 1, 2, out var x)) return null;
                    sb.Append((char)x);
                    i += 2;
                    break;
                case 'u':
                case 'U':
                    var n = utf8[i] == 'u' ? 4 : 8;
                    if (!Hex(utf8, i + 1, n, out var r) || r > 0x10FFFF || r is >= 0xD800 and < 0xE000) return null;
                    foreach (var b in Encoding.UTF8.GetBytes(char.ConvertFromUtf32((int)r)))
                    {
                        sb.Append((char)b);
                    }
                    i += n;
                    break;
                case >= '0' and <= '7':
                    if (i + 2 >= utf8.Length) return null;
                    var o = (utf8[i] - '0') * 64 + (utf8[i + 1] - '0') * 8 + (utf8[i + 2] - '0');
                    sb.Append((char)(o & 0xFF));
                    i += 2;
                    break;
                default:
                    return null;
            }
        }
        return sb.ToString();
    }

    private static bool Hex(byte[] s, int start, int count, out long value)
    {
        value = 0;
        if (start + count > s.Length)
        {
            return false;
        }
        for (var i = start; i < start + count; i++)
        {
            var c = (char)s[i];
            var d = c is >= '0' and <= '9' ? c - '0' : c is >= 'a' and <= 'f' ? c - 'a' + 10 : c is >= 'A' and <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0)
            {
                return false;
            }
            value = value * 16 + d;
        }
        return true;
    }
}
