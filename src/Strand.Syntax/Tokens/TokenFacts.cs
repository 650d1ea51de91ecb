namespace Strand.Syntax.Tokens;

/// <summary>Spelling, precedence and classification of tokens, as go/token defines them.</summary>
public static class TokenFacts
{
    public const int LowestPrec = 0;

    private static readonly string[] Spellings = BuildSpellings();

    /// <summary>The token's spelling as go/token's String prints it ("IDENT", "+", "func").</summary>
    public static string Spelling(this Token tok)
    {
        var i = (int)tok;
        return i < Spellings.Length ? Spellings[i] : "token(" + i + ")";
    }

    public static bool IsLiteral(this Token tok) => tok is >= Token.Ident and <= Token.String;

    public static bool IsKeyword(this Token tok) => tok >= Token.Break;

    /// <summary>Binary operator precedence (1..5), or <see cref="LowestPrec"/> for other tokens.</summary>
    public static int Precedence(this Token op) => op switch
    {
        Token.LOr => 1,
        Token.LAnd => 2,
        Token.Eql or Token.Neq or Token.Lss or Token.Leq or Token.Gtr or Token.Geq => 3,
        Token.Add or Token.Sub or Token.Or or Token.Xor => 4,
        Token.Mul or Token.Quo or Token.Rem or Token.Shl or Token.Shr or Token.And or Token.AndNot => 5,
        _ => LowestPrec,
    };

    /// <summary>Maps an identifier's bytes to its keyword token, or <see cref="Token.Ident"/>.</summary>
    public static Token LookupKeyword(ReadOnlySpan<byte> s)
    {
        if (s.Length < 2 || s.Length > 11 || s[0] < (byte)'b' || s[0] > (byte)'v')
        {
            return Token.Ident;
        }
        switch (s[0])
        {
            case (byte)'b': return s.SequenceEqual("break"u8) ? Token.Break : Token.Ident;
            case (byte)'c':
                if (s.SequenceEqual("case"u8)) return Token.Case;
                if (s.SequenceEqual("chan"u8)) return Token.Chan;
                if (s.SequenceEqual("const"u8)) return Token.Const;
                if (s.SequenceEqual("continue"u8)) return Token.Continue;
                return Token.Ident;
            case (byte)'d':
                if (s.SequenceEqual("default"u8)) return Token.Default;
                if (s.SequenceEqual("defer"u8)) return Token.Defer;
                return Token.Ident;
            case (byte)'e': return s.SequenceEqual("else"u8) ? Token.Else : Token.Ident;
            case (byte)'f':
                if (s.SequenceEqual("func"u8)) return Token.Func;
                if (s.SequenceEqual("for"u8)) return Token.For;
                if (s.SequenceEqual("fallthrough"u8)) return Token.Fallthrough;
                return Token.Ident;
            case (byte)'g':
                if (s.SequenceEqual("go"u8)) return Token.Go;
                if (s.SequenceEqual("goto"u8)) return Token.Goto;
                return Token.Ident;
            case (byte)'i':
                if (s.SequenceEqual("if"u8)) return Token.If;
                if (s.SequenceEqual("import"u8)) return Token.Import;
                if (s.SequenceEqual("interface"u8)) return Token.Interface;
                return Token.Ident;
            case (byte)'m': return s.SequenceEqual("map"u8) ? Token.Map : Token.Ident;
            case (byte)'p': return s.SequenceEqual("package"u8) ? Token.Package : Token.Ident;
            case (byte)'r':
                if (s.SequenceEqual("return"u8)) return Token.Return;
                if (s.SequenceEqual("range"u8)) return Token.Range;
                return Token.Ident;
            case (byte)'s':
                if (s.SequenceEqual("struct"u8)) return Token.Struct;
                if (s.SequenceEqual("switch"u8)) return Token.Switch;
                if (s.SequenceEqual("select"u8)) return Token.Select;
                return Token.Ident;
            case (byte)'t': return s.SequenceEqual("type"u8) ? Token.Type : Token.Ident;
            case (byte)'v': return s.SequenceEqual("var"u8) ? Token.Var : Token.Ident;
            default: return Token.Ident;
        }
    }

    private static string[] BuildSpellings()
    {
        var names = new Dictionary<Token, string>
        {
            [Token.Illegal] = "ILLEGAL", [Token.EOF] = "EOF", [Token.Comment] = "COMMENT",
            [Token.Ident] = "IDENT", [Token.Int] = "INT", [Token.Float] = "FLOAT", [Token.Imag] = "IMAG",
            [Token.Char] = "CHAR", [Token.String] = "STRING",
            [Token.Add] = "+", [Token.Sub] = "-", [Token.Mul] = "*", [Token.Quo] = "/", [Token.Rem] = "%",
            [Token.And] = "&", [Token.Or] = "|", [Token.Xor] = "^", [Token.Shl] = "<<", [Token.Shr] = ">>",
            [Token.AndNot] = "&^", [Token.AddAssign] = "+=", [Token.SubAssign] = "-=", [Token.MulAssign] = "*=",
            [Token.QuoAssign] = "/=", [Token.RemAssign] = "%=", [Token.AndAssign] = "&=", [Token.OrAssign] = "|=",
            [Token.XorAssign] = "^=", [Token.ShlAssign] = "<<=", [Token.ShrAssign] = ">>=", [Token.AndNotAssign] = "&^=",
            [Token.LAnd] = "&&", [Token.LOr] = "||", [Token.Arrow] = "<-", [Token.Inc] = "++", [Token.Dec] = "--",
            [Token.Eql] = "==", [Token.Lss] = "<", [Token.Gtr] = ">", [Token.Assign] = "=", [Token.Not] = "!",
            [Token.Neq] = "!=", [Token.Leq] = "<=", [Token.Geq] = ">=", [Token.Define] = ":=", [Token.Ellipsis] = "...",
            [Token.LParen] = "(", [Token.LBrack] = "[", [Token.LBrace] = "{", [Token.Comma] = ",", [Token.Period] = ".",
            [Token.RParen] = ")", [Token.RBrack] = "]", [Token.RBrace] = "}", [Token.Semicolon] = ";", [Token.Colon] = ":",
            [Token.Tilde] = "~",
            [Token.Break] = "break", [Token.Case] = "case", [Token.Chan] = "chan", [Token.Const] = "const",
            [Token.Continue] = "continue", [Token.Default] = "default", [Token.Defer] = "defer", [Token.Else] = "else",
            [Token.Fallthrough] = "fallthrough", [Token.For] = "for", [Token.Func] = "func", [Token.Go] = "go",
            [Token.Goto] = "goto", [Token.If] = "if", [Token.Import] = "import", [Token.Interface] = "interface",
            [Token.Map] = "map", [Token.Package] = "package", [Token.Range] = "range", [Token.Return] = "return",
            [Token.Select] = "select", [Token.Struct] = "struct", [Token.Switch] = "switch", [Token.Type] = "type",
            [Token.Var] = "var",
        };
        var result = new string[(int)Token.Var + 1];
        foreach (var (tok, name) in names)
        {
            result[(int)tok] = name;
        }
        return result;
    }
}
