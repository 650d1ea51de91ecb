using Xunit;

namespace Strand.Syntax.Tests.Scanning;

/// <summary>Go's automatic semicolons: inserted at a newline or EOF after a token that can end a statement.</summary>
public sealed class SemicolonTests
{
    [Theory]
    [InlineData("x\n", "IDENT NL EOF")]
    [InlineData("1\n", "INT NL EOF")]
    [InlineData("1.5\n", "FLOAT NL EOF")]
    [InlineData("1i\n", "IMAG NL EOF")]
    [InlineData("'a'\n", "CHAR NL EOF")]
    [InlineData("\"s\"\n", "STRING NL EOF")]
    [InlineData("break\n", "break NL EOF")]
    [InlineData("continue\n", "continue NL EOF")]
    [InlineData("fallthrough\n", "fallthrough NL EOF")]
    [InlineData("return\n", "return NL EOF")]
    [InlineData("x++\n", "IDENT ++ NL EOF")]
    [InlineData("x--\n", "IDENT -- NL EOF")]
    [InlineData(")\n", ") NL EOF")]
    [InlineData("]\n", "] NL EOF")]
    [InlineData("}\n", "} NL EOF")]
    [InlineData("x", "IDENT NL EOF")]
    [InlineData("x +\ny", "IDENT + IDENT NL EOF")]
    [InlineData("func\n", "func EOF")]
    [InlineData("(\n", "( EOF")]
    [InlineData("x;", "IDENT ; EOF")]
    [InlineData("x\n\n\ny", "IDENT NL IDENT NL EOF")]
    public void NewlineOrEndInsertsASemicolonOnlyAfterTerminators(string source, string expected) =>
        Assert.Equal(expected, ScanHelper.Kinds(source));

    [Fact]
    public void SemicolonGoesBeforeALineComment()
    {
        var tokens = ScanHelper.Scan("x // c\ny", out _);
        Assert.Equal("IDENT NL COMMENT IDENT NL EOF", ScanHelper.Kinds("x // c\ny"));
        Assert.Equal(2, tokens[1].Pos); // at the comment, as go/scanner places it
    }

    [Fact]
    public void GeneralCommentSpanningLinesActsAsNewline()
    {
        Assert.Equal("IDENT NL COMMENT IDENT NL EOF", ScanHelper.Kinds("x /* a\n b */ y"));
        Assert.Equal("IDENT COMMENT IDENT NL EOF", ScanHelper.Kinds("x /* a */ y"));
        Assert.Equal("IDENT NL COMMENT COMMENT EOF", ScanHelper.Kinds("x /* a */ // b"));
    }

    [Fact]
    public void CrLfLineEndsBehaveLikeLf() =>
        Assert.Equal("IDENT NL IDENT NL EOF", ScanHelper.Kinds("x\r\ny\r\n"));
}
