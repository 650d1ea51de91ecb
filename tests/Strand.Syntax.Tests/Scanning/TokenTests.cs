using Strand.Syntax.Tokens;
using Xunit;

namespace Strand.Syntax.Tests.Scanning;

public sealed class TokenTests
{
    [Fact]
    public void EveryOperatorScansToItsToken()
    {
        var ops = "+ - * / % & | ^ << >> &^ += -= *= /= %= &= |= ^= <<= >>= &^= && || <- ++ -- == < > = ! != <= >= := ... ( [ { , . ) ] } ; : ~";
        var tokens = ScanHelper.Scan(ops, out var errors);
        Assert.Empty(errors);
        var spelled = string.Join(" ", tokens.Where(t => t.Tok != Token.EOF && !(t.Tok == Token.Semicolon && t.Lit == "\n"))
            .Select(t => t.Tok.Spelling()));
        Assert.Equal(ops, spelled);
    }

    [Fact]
    public void KeywordsAreRecognisedAndOtherWordsAreIdentifiers()
    {
        var words = "break case chan const continue default defer else fallthrough for func go goto if import interface map package range return select struct switch type var";
        foreach (var t in ScanHelper.Scan(words, out _).Where(t => t.Tok is not (Token.EOF or Token.Semicolon)))
        {
            Assert.True(t.Tok.IsKeyword(), $"{t.Lit} should be a keyword");
            Assert.Equal(t.Lit, t.Tok.Spelling());
        }
        var idents = ScanHelper.Scan("breaks _x x1 ÄÖ 日本 mapx", out var errors);
        Assert.Empty(errors);
        Assert.Equal(["breaks", "_x", "x1", "ÄÖ", "日本", "mapx"],
            idents.Where(t => t.Tok == Token.Ident).Select(t => t.Lit!).ToArray());
    }

    [Fact]
    public void PositionsAreByteOffsets()
    {
        // "é" is two bytes in UTF-8: the identifier after it starts at byte 4, not char 3.
        var tokens = ScanHelper.Scan("é + x", out _);
        Assert.Equal((Token.Ident, 0), (tokens[0].Tok, tokens[0].Pos));
        Assert.Equal((Token.Add, 3), (tokens[1].Tok, tokens[1].Pos));
        Assert.Equal((Token.Ident, 5), (tokens[2].Tok, tokens[2].Pos));
    }

    [Fact]
    public void IdenticalNamesAreInterned()
    {
        var tokens = ScanHelper.Scan("alpha beta alpha", out _);
        Assert.Same(tokens[0].Lit, tokens[2].Lit);
    }

    [Fact]
    public void CommentsAreTokensWithTheirMarkers()
    {
        var tokens = ScanHelper.Scan("x // line\n/* block\n */ y", out var errors);
        Assert.Empty(errors);
        Assert.Contains(tokens, t => t.Tok == Token.Comment && t.Lit == "// line");
        Assert.Contains(tokens, t => t.Tok == Token.Comment && t.Lit == "/* block\n */");
    }

    [Fact]
    public void CarriageReturnsAreDroppedFromCommentText()
    {
        var tokens = ScanHelper.Scan("// a\r\n/* b\r\nc */", out _);
        Assert.Equal(["// a", "/* b\nc */"], tokens.Where(t => t.Tok == Token.Comment).Select(t => t.Lit!).ToArray());
    }
}
