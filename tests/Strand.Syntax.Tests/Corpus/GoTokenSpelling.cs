using Strand.Syntax.Tokens;

namespace Strand.Syntax.Tests.Corpus;

/// <summary>Token names as go/token's Token.String() spells them.</summary>
public static class GoTokenSpelling
{
    private static readonly string[] Spellings = Build();

    public static string Of(Token token) => Spellings[(int)token];

    private static string[] Build()
    {
        var map = new Dictionary<Token, string>
        {
            [Token.Illegal] = "ILLEGAL", [Token.EOF] = "EOF", [Token.Comment] = "COMMENT",
            [Token.Ident] = "IDENT", [Token.Int] = "INT", [Token.Float] = "FLOAT", [Token.Imag] = "IMAG",
            [Token.Char] = "CHAR", [Token.String] = "STRING",
            [Token.Add] = "+", [Token.Sub] = "-", [Token.Mul] = "*", [Token.Quo] = "/", [Token.Rem] = "%",
            [Token.And] = "&", [Token.Or] = "|", [Token.Xor] = "^", [Token.Shl] = "<<", [Token.Shr] = ">>",
            [Token.AndNot] = "&^", [Token.AddAssign] = "+=", [Token.SubAssign] = "-=", [Token.MulAssign] = "*=",
            [Token.QuoAssign] = "/=", [Token.RemAssign] = "%=", [Token.AndAssign] = "&=", [Token.OrAssign] = "|=",
            [Token.XorAssign] = "^=", [Token.ShlAssign] = "<<=", [Token.ShrAssign] = ">>=",
            [Token.AndNotAssign] = "&^=", [Token.LAnd] = "&&", [Token.LOr] = "||", [Token.Arrow] = "<-",
            [Token.Inc] = "++", [Token.Dec] = "--", [Token.Eql] = "==", [Token.Lss] = "<", [Token.Gtr] = ">",
            [Token.Assign] = "=", [Token.Not] = "!", [Token.Neq] = "!=", [Token.Leq] = "<=", [Token.Geq] = ">=",
            [Token.Define] = ":=", [Token.Ellipsis] = "...", [Token.LParen] = "(", [Token.LBrack] = "[",
            [Token.LBrace] = "{", [Token.Comma] = ",", [Token.Period] = ".", [Token.RParen] = ")",
            [Token.RBrack] = "]", [Token.RBrace] = "}", [Token.Semicolon] = ";", [Token.Colon] = ":",
            [Token.Tilde] = "~",
        };
        var spellings = new string[Enum.GetValues<Token>().Length];
        foreach (var token in Enum.GetValues<Token>())
        {
            // Keywords are spelled as written in Go: the enum name in lower case.
            spellings[(int)token] = map.TryGetValue(token, out var s) ? s : token.ToString().ToLowerInvariant();
        }
        return spellings;
    }
}
