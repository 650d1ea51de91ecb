using Strand.Syntax.Tokens;
using Xunit;

namespace Strand.Syntax.Tests.Scanning;

/// <summary>BOM, NUL and invalid UTF-8 give go/scanner's errors at go/scanner's positions.</summary>
public sealed class EncodingErrorTests
{
    [Fact]
    public void ByteOrderMarkAtStartIsIgnored()
    {
        var tokens = ScanHelper.Scan([0xEF, 0xBB, 0xBF, (byte)'x'], out var errors);
        Assert.Empty(errors);
        Assert.Equal((Token.Ident, 3), (tokens[0].Tok, tokens[0].Pos));
    }

    [Fact]
    public void ByteOrderMarkElsewhereIsAnError()
    {
        ScanHelper.Scan([(byte)'x', (byte)' ', 0xEF, 0xBB, 0xBF], out var errors);
        Assert.Equal("1:3: illegal byte order mark", $"{errors[0].Line}:{errors[0].Column}: {errors[0].Message}");
    }

    [Fact]
    public void NulIsAnIllegalCharacter()
    {
        ScanHelper.Scan([(byte)'"', (byte)'a', 0, (byte)'"'], out var errors);
        Assert.Equal("1:3: illegal character NUL", $"{errors[0].Line}:{errors[0].Column}: {errors[0].Message}");
    }

    [Fact]
    public void InvalidUtf8IsReportedPerBadByte()
    {
        ScanHelper.Scan([(byte)'"', 0xFF, 0xC3, (byte)'"'], out var errors);
        Assert.Equal(["1:2: illegal UTF-8 encoding", "1:3: illegal UTF-8 encoding"],
            errors.Select(e => $"{e.Line}:{e.Column}: {e.Message}").ToArray());
    }

    [Fact]
    public void IllegalCharacterIsFormattedLikeGo()
    {
        var tokens = ScanHelper.Scan("@", out var errors);
        Assert.Equal(Token.Illegal, tokens[0].Tok);
        Assert.Equal("illegal character U+0040 '@'", errors[0].Message);
    }

    [Fact]
    public void EveryByteValueScansWithoutException()
    {
        for (var b = 0; b < 256; b++)
        {
            ScanHelper.Scan([(byte)'x', (byte)b, (byte)'y', (byte)b], out _);
        }
    }
}
