using System.Text;

namespace Strand.Syntax.Parsing;

/// <summary>Decodes Go string literals (interpreted or raw) to their bytes, as strconv.Unquote would.</summary>
public static class GoStringLiteral
{
    /// <summary>The literal's value as UTF-8 bytes, or null when it is not a well-formed string literal.</summary>
    public static byte[]? Unquote(string lit)
    {
        if (lit.Length < 2 || lit[0] != lit[^1] || lit[0] is not ('"' or '`'))
        {
            return null;
        }
        var body = lit.AsSpan(1, lit.Length - 2);
        if (lit[0] == '`')
        {
            return body.Contains('`') ? null : Encoding.UTF8.GetBytes(body.ToString().Replace("\r", ""));
        }
        var bytes = new List<byte>(body.Length);
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c == '"' || c == '\n')
            {
                return null;
            }
            if (c != '\\')
            {
                if (char.IsHighSurrogate(c) && i + 1 < body.Length)
                {
                    var n = new Rune(c, body[++i]).EncodeToUtf8(utf8);
                    bytes.AddRange(utf8[..n]);
                }
                else
                {
                    var n = (Rune.IsValid(c) ? new Rune(c) : Rune.ReplacementChar).EncodeToUtf8(utf8);
                    bytes.AddRange(utf8[..n]);
                }
                continue;
            }
            if (++i >= body.Length)
            {
                return null;
            }
            switch (body[i])
            {
                case 'a': bytes.Add(7); break;
                case 'b': bytes.Add(8); break;
                case 'f': bytes.Add(12); break;
                case 'n': bytes.Add(10); break;
                case 'r': bytes.Add(13); break;
                case 't': bytes.Add(9); break;
                case 'v': bytes.Add(11); break;
                case '\\': bytes.Add((byte)'\\'); break;
                case '"': bytes.Add((byte)'"'); break;
                case >= '0' and <= '7':
                    if (!TryDigits(body, ref i, 3, 8, out var octal) || octal > 255) return null;
                    bytes.Add((byte)octal);
                    break;
                case 'x':
                    i++;
                    if (!TryDigits(body, ref i, 2, 16, out var hex)) return null;
                    bytes.Add((byte)hex);
                    break;
                case 'u' or 'U':
                    var count = body[i] == 'u' ? 4 : 8;
                    i++;
                    if (!TryDigits(body, ref i, count, 16, out var code) || !Rune.IsValid(code)) return null;
                    var len = new Rune(code).EncodeToUtf8(utf8);
                    bytes.AddRange(utf8[..len]);
                    break;
                default:
                    return null;
            }
        }
        return [.. bytes];
    }

    private static bool TryDigits(ReadOnlySpan<char> s, ref int i, int count, int @base, out int value)
    {
        value = 0;
        for (var k = 0; k < count; k++, i++)
        {
            if (i >= s.Length)
            {
                return false;
            }
            var d = s[i] switch
            {
                >= '0' and <= '9' => s[i] - '0',
                >= 'a' and <= 'f' => s[i] - 'a' + 10,
                >= 'A' and <= 'F' => s[i] - 'A' + 10,
                _ => 99,
            };
            if (d >= @base)
            {
                return false;
            }
            value = value * @base + d;
        }
        i--; // leave i on the last digit; the caller's loop advances
        return true;
    }
}
