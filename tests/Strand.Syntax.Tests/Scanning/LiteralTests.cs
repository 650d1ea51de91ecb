using Strand.Syntax.Tokens;
using Xunit;

namespace Strand.Syntax.Tests.Scanning;

public sealed class LiteralTests
{
    [Theory]
    [InlineData("0", Token.Int)]
    [InlineData("42", Token.Int)]
    [InlineData("1_000_000", Token.Int)]
    [InlineData("0600", Token.Int)]
    [InlineData("0o600", Token.Int)]
    [InlineData("0O7_7", Token.Int)]
    [InlineData("0b1010", Token.Int)]
    [InlineData("0B_1", Token.Int)]
    [InlineData("0xBadFace", Token.Int)]
    [InlineData("0X_dead_BEEF", Token.Int)]
    [InlineData("0.", Token.Float)]
    [InlineData("72.40", Token.Float)]
    [InlineData(".25", Token.Float)]
    [InlineData("1e10", Token.Float)]
    [InlineData("6.67428e-11", Token.Float)]
    [InlineData("1E+6", Token.Float)]
    [InlineData("0x1p-2", Token.Float)]
    [InlineData("0X.8p1", Token.Float)]
    [InlineData("0x1.Fp+0", Token.Float)]
    [InlineData("0x_1FFFp-16", Token.Float)]
    [InlineData("1_5.", Token.Float)]
    [InlineData("0i", Token.Imag)]
    [InlineData("0123i", Token.Imag)]
    [InlineData("2.71828i", Token.Imag)]
    [InlineData("1.e+0i", Token.Imag)]
    [InlineData("0x1p-2i", Token.Imag)]
    [InlineData("0b101i", Token.Imag)]
    [InlineData("'a'", Token.Char)]
    [InlineData("'ä'", Token.Char)]
    [InlineData("'本'", Token.Char)]
    [InlineData("'\\t'", Token.Char)]
    [InlineData("'\\000'", Token.Char)]
    [InlineData("'\\007'", Token.Char)]
    [InlineData("'\\377'", Token.Char)]
    [InlineData("'\\x07'", Token.Char)]
    [InlineData("'\\xff'", Token.Char)]
    [InlineData("'\\u12e4'", Token.Char)]
    [InlineData("'\\U00101234'", Token.Char)]
    [InlineData("'\\''", Token.Char)]
    [InlineData("'\\a'", Token.Char)]
    [InlineData("'\\b'", Token.Char)]
    [InlineData("'\\f'", Token.Char)]
    [InlineData("'\\n'", Token.Char)]
    [InlineData("'\\r'", Token.Char)]
    [InlineData("'\\v'", Token.Char)]
    [InlineData("'\\\\'", Token.Char)]
    [InlineData("\"\"", Token.String)]
    [InlineData("\"Hello, world!\\n\"", Token.String)]
    [InlineData("\"日本語\"", Token.String)]
    [InlineData("\"\\u65e5本\\U00008a9e\"", Token.String)]
    [InlineData("\"\\xff\\u00FF\"", Token.String)]
    [InlineData("\"\\\"\"", Token.String)]
    [InlineData("`abc`", Token.String)]
    [InlineData("`\\n\n\\n`", Token.String)]
    public void LiteralScansWholeWithItsKindAndExactText(string literal, Token kind)
    {
        var tokens = ScanHelper.Scan(literal, out var errors);
        Assert.Empty(errors);
        Assert.Equal(kind, tokens[0].Tok);
        Assert.Equal(literal, tokens[0].Lit);
        Assert.Equal(0, tokens[0].Pos);
    }

    [Fact]
    public void RawStringDropsCarriageReturnsAsGoDoes()
    {
        var tokens = ScanHelper.Scan("`a\r\nb`", out var errors);
        Assert.Empty(errors);
        Assert.Equal("`a\nb`", tokens[0].Lit);
    }

    [Theory]
    [InlineData("0x", "1:3: hexadecimal literal has no digits")]
    [InlineData("09", "1:2: invalid digit '9' in octal literal")]
    [InlineData("0b12", "1:4: invalid digit '2' in binary literal")]
    [InlineData("0o8", "1:3: invalid digit '8' in octal literal")]
    [InlineData("1__0", "1:3: '_' must separate successive digits")]
    [InlineData("1_", "1:2: '_' must separate successive digits")]
    [InlineData("1.5e", "1:5: exponent has no digits")]
    [InlineData("0x1.8", "1:6: hexadecimal mantissa requires a 'p' exponent")]
    [InlineData("0b1.0", "1:4: invalid radix point in binary literal")]
    [InlineData("0x1e", "")]
    [InlineData("1p4", "1:2: 'p' exponent requires hexadecimal mantissa")]
    [InlineData("0b1e1", "1:4: 'e' exponent requires decimal mantissa")]
    [InlineData("'ab'", "1:1: illegal rune literal")]
    [InlineData("''", "1:1: illegal rune literal")]
    [InlineData("'a", "1:1: rune literal not terminated")]
    [InlineData("\"abc", "1:1: string literal not terminated")]
    [InlineData("`abc", "1:1: raw string literal not terminated")]
    [InlineData("/* abc", "1:1: comment not terminated")]
    [InlineData("\"\\q\"", "1:3: unknown escape sequence")]
    [InlineData("\"\\xZ0\"", "1:4: illegal character U+005A 'Z' in escape sequence")]
    [InlineData("'\\400'", "1:3: escape sequence is invalid Unicode code point")]
    [InlineData("'\\uD800'", "1:3: escape sequence is invalid Unicode code point")]
    [InlineData("\"\\u12", "1:6: escape sequence not terminated")]
    public void MalformedLiteralsReportGoScannerErrors(string literal, string expected)
    {
        ScanHelper.Scan(literal, out var errors);
        if (expected.Length == 0)
        {
            Assert.Empty(errors);
            return;
        }
        // Expectations come from go/scanner (Go 1.19) on the same input.
        Assert.Contains(expected, errors.Select(e => $"{e.Line}:{e.Column}: {e.Message}"));
    }
}
