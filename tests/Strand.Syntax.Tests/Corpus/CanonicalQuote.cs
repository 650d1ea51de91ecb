using System.Text;

namespace Strand.Syntax.Tests.Corpus;

/// <summary>
/// Quotes a string the way tests/GoAstDump's quote() does, byte by byte over UTF-8: printable
/// ASCII other than <c>"</c> and <c>\</c> as is, every other byte as <c>\xHH</c>. Simpler than
/// strconv.Quote and identical on both sides.
/// </summary>
public static class CanonicalQuote
{
    private const string Hex = "0123456789abcdef";

    public static void Append(StringBuilder output, string value)
    {
        output.Append('"');
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\')
            {
                output.Append(c);
                continue;
            }
            var length = char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])
                ? Encoding.UTF8.GetBytes(value.AsSpan(i++, 2), utf8)
                : Encoding.UTF8.GetBytes(value.AsSpan(i, 1), utf8);
            foreach (var b in utf8[..length])
            {
                output.Append('\\').Append('x').Append(Hex[b >> 4]).Append(Hex[b & 15]);
            }
        }
        output.Append('"');
    }
}
