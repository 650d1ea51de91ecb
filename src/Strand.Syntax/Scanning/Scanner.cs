using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Strand.Syntax.Parsing;
using Strand.Syntax.Text;
using Strand.Syntax.Tokens;

namespace Strand.Syntax.Scanning;

/// <summary>
/// Go's lexical scanner over UTF-8 bytes, following go/scanner rule for rule (automatic semicolons,
/// comment tokens, error texts and positions). Each <see cref="Scan"/> sets <see cref="Pos"/>,
/// <see cref="Lit"/> and <see cref="LitEnd"/> for the returned token.
/// </summary>
internal sealed class Scanner
{
    private const int Bom = 0xFEFF;
    private const int Eof = -1;

    private readonly byte[] _src;
    private readonly int _len; // the source is _src[0.._len) (the buffer may be pooled and longer)
    private readonly ErrorList _errors;
    private readonly NameTable _names;

    private int _ch;        // current character, Eof at the end
    private int _offset;    // offset of _ch
    private int _rdOffset;  // offset after _ch
    private bool _insertSemi;

    public Scanner(byte[] src, ErrorList errors, NameTable names)
        : this(src, src.Length, errors, names)
    {
    }

    public Scanner(byte[] src, int length, ErrorList errors, NameTable names)
    {
        _src = src;
        _len = length;
        _errors = errors;
        _names = names;
        _ch = ' ';
        Next();
        if (_ch == Bom)
        {
            Next(); // a BOM is ignored at the very start only
        }
    }

    /// <summary>Offset of the current token's first byte.</summary>
    public int Pos { get; private set; }

    /// <summary>Literal text: identifier name, literal value, comment text, ";" or "\n" for semicolons.</summary>
    public string? Lit { get; private set; }

    /// <summary>End offset of literal-bearing tokens, as go/ast computes it (start + length of the text).</summary>
    public int LitEnd { get; private set; }

    public int ErrorCount { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Error(int offset, string message)
    {
        ErrorCount++;
        _errors.Add(offset, message);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    private void Next()
    {
        if (_rdOffset < _len)
        {
            _offset = _rdOffset;
            int r = _src[_rdOffset];
            if (r is > 0 and < 0x80)
            {
                _rdOffset++;
                _ch = r;
                return;
            }
            NextSlow(r);
        }
        else
        {
            _offset = _len;
            _ch = Eof;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void NextSlow(int r)
    {
        var w = 1;
        if (r == 0)
        {
            Error(_offset, "illegal character NUL");
        }
        else
        {
            if (Rune.DecodeFromUtf8(_src.AsSpan(_rdOffset, _len - _rdOffset), out var rune, out var consumed) == System.Buffers.OperationStatus.Done)
            {
                r = rune.Value;
                w = consumed;
                if (r == Bom && _offset > 0)
                {
                    Error(_offset, "illegal byte order mark");
                }
            }
            else
            {
                r = 0xFFFD;
                Error(_offset, "illegal UTF-8 encoding");
            }
        }
        _rdOffset += w;
        _ch = r;
    }

    // Bytes that need per-character handling inside comments and strings; runs of other bytes
    // (plain ASCII) are skipped in one vectorised search.
    private static readonly SearchValues<byte> BlockCommentStops = Stops("*\r");
    private static readonly SearchValues<byte> StringStops = Stops("\"\\\n");
    private static readonly SearchValues<byte> RawStringStops = Stops("`\r");

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static SearchValues<byte> Stops(string ascii)
    {
        var bytes = new List<byte> { 0 };
        foreach (var c in ascii)
        {
            bytes.Add((byte)c);
        }
        for (var b = 0x80; b <= 0xFF; b++)
        {
            bytes.Add((byte)b);
        }
        return SearchValues.Create([.. bytes]);
    }

    /// <summary>With a current character that is not a stop, moves to the next stop (or EOF).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    private void SkipPlain(SearchValues<byte> stops)
    {
        var k = _src.AsSpan(_rdOffset, _len - _rdOffset).IndexOfAny(stops);
        _rdOffset = k < 0 ? _len : _rdOffset + k;
        Next();
    }

    /// <summary>
    /// <see cref="SkipPlain"/> for line comments, the bulk of Go source: it stops at every control
    /// byte (not only NUL, '\n', '\r') and at non-ASCII, a range test that vectorises more cheaply
    /// than a set; the extra stops (tabs) are simply taken as plain characters by the caller.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    private void SkipLineCommentText()
    {
        var k = _src.AsSpan(_rdOffset, _len - _rdOffset).IndexOfAnyExceptInRange((byte)0x0E, (byte)0x7F);
        _rdOffset = k < 0 ? _len : _rdOffset + k;
        Next();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private byte Peek() => _rdOffset < _len ? _src[_rdOffset] : (byte)0;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsLetter(int ch) =>
        (uint)((ch | 0x20) - 'a') <= 'z' - 'a' || ch == '_' || ch >= 0x80 && Rune.IsValid(ch) && Rune.IsLetter(new Rune(ch));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsDigit(int ch) =>
        (uint)(ch - '0') <= 9 || ch >= 0x80 && Rune.IsValid(ch) && Rune.IsDigit(new Rune(ch));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsDecimal(int ch) => (uint)(ch - '0') <= 9;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsHex(int ch) => (uint)(ch - '0') <= 9 || (uint)((ch | 0x20) - 'a') <= 'f' - 'a';

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Lower(int ch) => ('a' - 'A') | ch;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int DigitVal(int ch)
    {
        if ((uint)(ch - '0') <= 9) return ch - '0';
        if ((uint)(Lower(ch) - 'a') <= 'f' - 'a') return Lower(ch) - 'a' + 10;
        return 16;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SkipWhitespace()
    {
        var ch = _ch;
        if (!(ch == ' ' || ch == '\t' || ch == '\n' && !_insertSemi || ch == '\r'))
        {
            return;
        }
        // Whitespace is single-byte ASCII: run over the bytes, then read the next character once.
        var src = _src;
        var i = _rdOffset;
        var newlineIsSpace = !_insertSemi;
        while (i < _len)
        {
            var b = src[i];
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' || b == (byte)'\n' && newlineIsSpace)
            {
                i++;
                continue;
            }
            break;
        }
        _rdOffset = i;
        Next();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Token Scan()
    {
        SkipWhitespace();
        var pos = _offset;
        Pos = pos;
        Lit = null;
        var insertSemi = false;
        Token tok;
        var ch = _ch;
        if (IsLetter(ch))
        {
            var lit = ScanIdentifier(out var start);
            var span = _src.AsSpan(start, _offset - start);
            tok = span.Length > 1 ? TokenFacts.LookupKeyword(span) : Token.Ident;
            if (tok == Token.Ident)
            {
                Lit = lit ?? _names.Intern(span);
                LitEnd = _offset;
                insertSemi = true;
            }
            else
            {
                Lit = tok.Spelling();
                LitEnd = _offset;
                insertSemi = tok is Token.Break or Token.Continue or Token.Fallthrough or Token.Return;
            }
        }
        else if (IsDecimal(ch) || ch == '.' && IsDecimal(Peek()))
        {
            insertSemi = true;
            tok = ScanNumber();
        }
        else
        {
            Next(); // always make progress
            switch (ch)
            {
                case Eof:
                    if (_insertSemi)
                    {
                        _insertSemi = false;
                        Lit = "\n";
                        return Token.Semicolon;
                    }
                    tok = Token.EOF;
                    break;
                case '\n':
                    _insertSemi = false;
                    Lit = "\n";
                    return Token.Semicolon;
                case '"':
                    insertSemi = true;
                    tok = Token.String;
                    ScanString();
                    break;
                case '\'':
                    insertSemi = true;
                    tok = Token.Char;
                    ScanRune();
                    break;
                case '`':
                    insertSemi = true;
                    tok = Token.String;
                    ScanRawString();
                    break;
                case ':':
                    tok = Switch2(Token.Colon, Token.Define);
                    break;
                case '.':
                    tok = Token.Period;
                    if (_ch == '.' && Peek() == '.')
                    {
                        Next();
                        Next();
                        tok = Token.Ellipsis;
                    }
                    break;
                case ',': tok = Token.Comma; break;
                case ';':
                    tok = Token.Semicolon;
                    Lit = ";";
                    break;
                case '(': tok = Token.LParen; break;
                case ')': insertSemi = true; tok = Token.RParen; break;
                case '[': tok = Token.LBrack; break;
                case ']': insertSemi = true; tok = Token.RBrack; break;
                case '{': tok = Token.LBrace; break;
                case '}': insertSemi = true; tok = Token.RBrace; break;
                case '+':
                    tok = Switch3(Token.Add, Token.AddAssign, '+', Token.Inc);
                    insertSemi = tok == Token.Inc;
                    break;
                case '-':
                    tok = Switch3(Token.Sub, Token.SubAssign, '-', Token.Dec);
                    insertSemi = tok == Token.Dec;
                    break;
                case '*': tok = Switch2(Token.Mul, Token.MulAssign); break;
                case '/':
                    if (_ch == '/' || _ch == '*')
                    {
                        if (_insertSemi && FindLineEnd())
                        {
                            _ch = '/';
                            _offset = pos;
                            _rdOffset = pos + 1;
                            _insertSemi = false;
                            Lit = "\n";
                            return Token.Semicolon;
                        }
                        ScanComment();
                        tok = Token.Comment;
                    }
                    else
                    {
                        tok = Switch2(Token.Quo, Token.QuoAssign);
                    }
                    break;
                case '%': tok = Switch2(Token.Rem, Token.RemAssign); break;
                case '^': tok = Switch2(Token.Xor, Token.XorAssign); break;
                case '<':
                    if (_ch == '-')
                    {
                        Next();
                        tok = Token.Arrow;
                    }
                    else
                    {
                        tok = Switch4(Token.Lss, Token.Leq, '<', Token.Shl, Token.ShlAssign);
                    }
                    break;
                case '>': tok = Switch4(Token.Gtr, Token.Geq, '>', Token.Shr, Token.ShrAssign); break;
                case '=': tok = Switch2(Token.Assign, Token.Eql); break;
                case '!': tok = Switch2(Token.Not, Token.Neq); break;
                case '&':
                    if (_ch == '^')
                    {
                        Next();
                        tok = Switch2(Token.AndNot, Token.AndNotAssign);
                    }
                    else
                    {
                        tok = Switch3(Token.And, Token.AndAssign, '&', Token.LAnd);
                    }
                    break;
                case '|': tok = Switch3(Token.Or, Token.OrAssign, '|', Token.LOr); break;
                case '~': tok = Token.Tilde; break;
                default:
                    if (ch != Bom)
                    {
                        Error(pos, "illegal character " + FormatRune(ch));
                    }
                    insertSemi = _insertSemi; // preserve insertSemi info
                    tok = Token.Illegal;
                    Lit = ch >= 0 && Rune.IsValid(ch) ? new Rune(ch).ToString() : "\uFFFD";
                    LitEnd = _offset;
                    break;
            }
        }
        // After a comment that does not end the line, no semicolon is pending (as in go/scanner).
        _insertSemi = tok != Token.Comment && insertSemi;
        return tok;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Token Switch2(Token tok0, Token tok1)
    {
        if (_ch == '=')
        {
            Next();
            return tok1;
        }
        return tok0;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Token Switch3(Token tok0, Token tok1, int ch2, Token tok2)
    {
        if (_ch == '=')
        {
            Next();
            return tok1;
        }
        if (_ch == ch2)
        {
            Next();
            return tok2;
        }
        return tok0;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Token Switch4(Token tok0, Token tok1, int ch2, Token tok2, Token tok3)
    {
        if (_ch == '=')
        {
            Next();
            return tok1;
        }
        if (_ch == ch2)
        {
            Next();
            if (_ch == '=')
            {
                Next();
                return tok3;
            }
            return tok2;
        }
        return tok0;
    }

    /// <summary>Scans an identifier; returns null (bytes are at start.._offset) to let the caller intern.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string? ScanIdentifier(out int start)
    {
        start = _offset;
        var src = _src;
        var i = _rdOffset;
        while (i < _len)
        {
            var b = src[i];
            if ((uint)((b | 0x20) - 'a') <= 'z' - 'a' || b == '_' || (uint)(b - '0') <= 9)
            {
                i++;
                continue;
            }
            _rdOffset = i;
            if (b is > 0 and < 0x80)
            {
                _ch = b;
                _offset = _rdOffset;
                _rdOffset++;
                return null;
            }
            Next();
            while (IsLetter(_ch) || IsDigit(_ch))
            {
                Next();
            }
            return null;
        }
        _offset = _len;
        _rdOffset = _len;
        _ch = Eof;
        return null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Digits(int @base, ref int invalid)
    {
        var digsep = 0;
        if (@base <= 10)
        {
            var max = '0' + @base;
            while (IsDecimal(_ch) || _ch == '_')
            {
                var ds = 1;
                if (_ch == '_')
                {
                    ds = 2;
                }
                else if (_ch >= max && invalid < 0)
                {
                    invalid = _offset;
                }
                digsep |= ds;
                Next();
            }
        }
        else
        {
            while (IsHex(_ch) || _ch == '_')
            {
                digsep |= _ch == '_' ? 2 : 1;
                Next();
            }
        }
        return digsep;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string LitName(int prefix) => prefix switch
    {
        'x' => "hexadecimal literal",
        'o' or '0' => "octal literal",
        'b' => "binary literal",
        _ => "decimal literal",
    };

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Token ScanNumber()
    {
        var offs = _offset;
        var tok = Token.Illegal;
        var @base = 10;
        var prefix = 0;
        var digsep = 0;
        var invalid = -1;

        if (_ch != '.')
        {
            tok = Token.Int;
            if (_ch == '0')
            {
                Next();
                switch (Lower(_ch))
                {
                    case 'x': Next(); @base = 16; prefix = 'x'; break;
                    case 'o': Next(); @base = 8; prefix = 'o'; break;
                    case 'b': Next(); @base = 2; prefix = 'b'; break;
                    default: @base = 8; prefix = '0'; digsep = 1; break;
                }
            }
            digsep |= Digits(@base, ref invalid);
        }

        if (_ch == '.')
        {
            tok = Token.Float;
            if (prefix is 'o' or 'b')
            {
                Error(_offset, "invalid radix point in " + LitName(prefix));
            }
            Next();
            digsep |= Digits(@base, ref invalid);
        }

        if ((digsep & 1) == 0)
        {
            Error(_offset, LitName(prefix) + " has no digits");
        }

        var e = Lower(_ch);
        if (e is 'e' or 'p')
        {
            if (e == 'e' && prefix != 0 && prefix != '0')
            {
                Error(_offset, $"'{(char)_ch}' exponent requires decimal mantissa");
            }
            else if (e == 'p' && prefix != 'x')
            {
                Error(_offset, $"'{(char)_ch}' exponent requires hexadecimal mantissa");
            }
            Next();
            tok = Token.Float;
            if (_ch is '+' or '-')
            {
                Next();
            }
            var none = -1;
            var ds = Digits(10, ref none);
            digsep |= ds;
            if ((ds & 1) == 0)
            {
                Error(_offset, "exponent has no digits");
            }
        }
        else if (prefix == 'x' && tok == Token.Float)
        {
            Error(_offset, "hexadecimal mantissa requires a 'p' exponent");
        }

        if (_ch == 'i')
        {
            tok = Token.Imag;
            Next();
        }

        var span = _src.AsSpan(offs, _offset - offs);
        if (tok == Token.Int && invalid >= 0)
        {
            Error(invalid, $"invalid digit '{(char)_src[invalid]}' in {LitName(prefix)}");
        }
        if ((digsep & 2) != 0)
        {
            var i = InvalidSep(span);
            if (i >= 0)
            {
                Error(offs + i, "'_' must separate successive digits");
            }
        }
        // Short numbers repeat a lot ("0", "1", "64"); long ones (tables of hex constants) rarely do.
        Lit = span.Length <= 4 ? _names.Intern(span) : Encoding.UTF8.GetString(span);
        LitEnd = _offset;
        return tok;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int InvalidSep(ReadOnlySpan<byte> x)
    {
        var x1 = (int)' ';
        var d = (int)'.';
        var i = 0;
        if (x.Length >= 2 && x[0] == '0')
        {
            x1 = Lower(x[1]);
            if (x1 is 'x' or 'o' or 'b')
            {
                d = '0';
                i = 2;
            }
        }
        for (; i < x.Length; i++)
        {
            var p = d;
            d = x[i];
            if (d == '_')
            {
                if (p != '0')
                {
                    return i;
                }
            }
            else if (IsDecimal(d) || x1 == 'x' && IsHex(d))
            {
                d = '0';
            }
            else
            {
                if (p == '_')
                {
                    return i - 1;
                }
                d = '.';
            }
        }
        return d == '_' ? x.Length - 1 : -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ScanEscape(int quote)
    {
        var offs = _offset;
        int n;
        uint @base, max;
        switch (_ch)
        {
            case 'a' or 'b' or 'f' or 'n' or 'r' or 't' or 'v' or '\\':
                Next();
                return true;
            case >= '0' and <= '7':
                n = 3; @base = 8; max = 255;
                break;
            case 'x':
                Next();
                n = 2; @base = 16; max = 255;
                break;
            case 'u':
                Next();
                n = 4; @base = 16; max = 0x10FFFF;
                break;
            case 'U':
                Next();
                n = 8; @base = 16; max = 0x10FFFF;
                break;
            default:
                if (_ch == quote)
                {
                    Next();
                    return true;
                }
                Error(offs, _ch < 0 ? "escape sequence not terminated" : "unknown escape sequence");
                return false;
        }

        uint x = 0;
        while (n > 0)
        {
            var d = (uint)DigitVal(_ch);
            if (d >= @base)
            {
                Error(_offset, _ch < 0 ? "escape sequence not terminated" : "illegal character " + FormatRune(_ch) + " in escape sequence");
                return false;
            }
            x = x * @base + d;
            Next();
            n--;
        }

        if (x > max || x is >= 0xD800 and < 0xE000)
        {
            Error(offs, "escape sequence is invalid Unicode code point");
            return false;
        }
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ScanRune()
    {
        var offs = _offset - 1;
        var valid = true;
        var n = 0;
        while (true)
        {
            var ch = _ch;
            if (ch == '\n' || ch < 0)
            {
                if (valid)
                {
                    Error(offs, "rune literal not terminated");
                    valid = false;
                }
                break;
            }
            Next();
            if (ch == '\'')
            {
                break;
            }
            n++;
            if (ch == '\\' && !ScanEscape('\''))
            {
                valid = false;
            }
        }
        if (valid && n != 1)
        {
            Error(offs, "illegal rune literal");
        }
        SetLit(offs, _offset);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ScanString()
    {
        var offs = _offset - 1;
        while (true)
        {
            var ch = _ch;
            if (ch == '\n' || ch < 0)
            {
                Error(offs, "string literal not terminated");
                break;
            }
            if (ch is > 0 and < 0x80 and not ('"' or '\\'))
            {
                SkipPlain(StringStops);
                continue;
            }
            Next();
            if (ch == '"')
            {
                break;
            }
            if (ch == '\\')
            {
                ScanEscape('"');
            }
        }
        SetLit(offs, _offset);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ScanRawString()
    {
        var offs = _offset - 1;
        var hasCR = false;
        while (true)
        {
            var ch = _ch;
            if (ch < 0)
            {
                Error(offs, "raw string literal not terminated");
                break;
            }
            if (ch is > 0 and < 0x80 and not ('`' or '\r'))
            {
                SkipPlain(RawStringStops);
                continue;
            }
            Next();
            if (ch == '`')
            {
                break;
            }
            if (ch == '\r')
            {
                hasCR = true;
            }
        }
        if (hasCR)
        {
            var stripped = StripCR(_src.AsSpan(offs, _offset - offs), comment: false);
            Lit = Encoding.UTF8.GetString(stripped);
            LitEnd = offs + stripped.Length;
        }
        else
        {
            SetLit(offs, _offset);
        }
    }

    /// <summary>Longest rune or string literal that is interned (short ones repeat: "", "%s", '\n').</summary>
    private const int InternedLiteralLength = 8;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SetLit(int start, int end)
    {
        Lit = end - start <= InternedLiteralLength
            ? _names.Intern(_src.AsSpan(start, end - start))
            : Encoding.UTF8.GetString(_src, start, end - start);
        LitEnd = end;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static byte[] StripCR(ReadOnlySpan<byte> b, bool comment)
    {
        var c = new byte[b.Length];
        var i = 0;
        for (var j = 0; j < b.Length; j++)
        {
            var ch = b[j];
            if (ch != '\r' || comment && i > 2 && c[i - 1] == '*' && j + 1 < b.Length && b[j + 1] == '/')
            {
                c[i++] = ch;
            }
        }
        return c.AsSpan(0, i).ToArray();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ScanComment()
    {
        var offs = _offset - 1; // position of initial '/'
        var numCR = 0;
        var next = -1; // offset just after the comment; < 0 for an unterminated one
        if (_ch == '/')
        {
            // //-style comment (the final '\n' is not part of it)
            Next();
            while (_ch != '\n' && _ch >= 0)
            {
                if (_ch == '\r')
                {
                    numCR++;
                }
                SkipLineCommentText();
            }
            next = _ch == '\n' ? _offset + 1 : _offset;
        }
        else
        {
            var terminated = false;
            Next();
            while (_ch >= 0)
            {
                var ch = _ch;
                if (ch is > 0 and < 0x80 and not ('*' or '\r'))
                {
                    SkipPlain(BlockCommentStops);
                    continue;
                }
                if (ch == '\r')
                {
                    numCR++;
                }
                Next();
                if (ch == '*' && _ch == '/')
                {
                    Next();
                    terminated = true;
                    next = _offset;
                    break;
                }
            }
            if (!terminated)
            {
                Error(offs, "comment not terminated");
            }
        }

        var lit = _src.AsSpan(offs, _offset - offs);
        if (numCR > 0 && lit.Length >= 2 && lit[1] == '/' && lit[^1] == '\r')
        {
            lit = lit[..^1];
            numCR--;
        }
        if (next >= 0 && (lit[1] == '*' || offs == 0 || _src[offs - 1] == '\n') && lit[2..].StartsWith("line "u8))
        {
            UpdateLineInfo(next, offs, lit);
        }
        if (numCR > 0)
        {
            var stripped = StripCR(lit, lit[1] == '*');
            Lit = Encoding.UTF8.GetString(stripped);
            LitEnd = offs + stripped.Length;
        }
        else
        {
            Lit = Encoding.UTF8.GetString(lit);
            LitEnd = offs + lit.Length;
        }
    }

    /// <summary>Records a //line or /*line directive (go/scanner's updateLineInfo), or reports it malformed.</summary>
    private void UpdateLineInfo(int next, int offs, ReadOnlySpan<byte> text)
    {
        if (text[1] == '*')
        {
            text = text[..^2]; // lop off the trailing "*/"
        }
        text = text[7..]; // lop off the leading "//line " or "/*line "
        offs += 7;

        var (i, n, ok) = TrailingDigits(text);
        if (i == 0)
        {
            return; // not a line directive
        }
        if (!ok)
        {
            Error(offs + i, "invalid line number: " + Encoding.UTF8.GetString(text[i..]));
            return;
        }
        const long maxLineCol = (1L << 30) - 1;
        long line, col = 0;
        var (i2, n2, ok2) = TrailingDigits(text[..(i - 1)]);
        if (ok2)
        {
            (i, i2) = (i2, i);
            line = n2;
            col = n;
            if (col == 0 || col > maxLineCol)
            {
                Error(offs + i2, "invalid column number: " + Encoding.UTF8.GetString(text[i2..]));
                return;
            }
            text = text[..(i2 - 1)]; // lop off ":col"
        }
        else
        {
            line = n;
        }
        if (line == 0 || line > maxLineCol)
        {
            Error(offs + i, "invalid line number: " + Encoding.UTF8.GetString(text[i..]));
            return;
        }
        var directives = _errors.Directives;
        var filename = Encoding.UTF8.GetString(text[..(i - 1)]);
        if (filename.Length == 0 && ok2)
        {
            filename = directives.Position(offs).File;
        }
        else if (filename.Length > 0)
        {
            filename = directives.Resolve(filename);
        }
        directives.Add(next, filename, (int)line, (int)col);
    }

    /// <summary>Position after the last ':' and the unsigned number following it (go/scanner's trailingDigits).</summary>
    private static (int Index, long Value, bool Ok) TrailingDigits(ReadOnlySpan<byte> text)
    {
        var i = text.LastIndexOf((byte)':');
        if (i < 0)
        {
            return (0, 0, false);
        }
        var digits = text[(i + 1)..];
        ulong n = 0;
        var ok = digits.Length > 0;
        foreach (var d in digits)
        {
            if ((uint)(d - '0') > 9 || n > (ulong.MaxValue - (ulong)(d - '0')) / 10)
            {
                ok = false;
                break;
            }
            n = n * 10 + (ulong)(d - '0');
        }
        return (i + 1, ok ? unchecked((long)n) : 0, ok);
    }

    /// <summary>
    /// After a token that may end a statement, reports whether the comment starting here reaches the
    /// end of the line (so a semicolon goes before it). Restores the scanner position.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool FindLineEnd()
    {
        var start = _offset - 1; // the initial '/'
        try
        {
            while (_ch == '/' || _ch == '*')
            {
                if (_ch == '/')
                {
                    return true; // //-style comment always reaches the line end
                }
                Next();
                while (_ch >= 0)
                {
                    var ch = _ch;
                    if (ch == '\n')
                    {
                        return true;
                    }
                    Next();
                    if (ch == '*' && _ch == '/')
                    {
                        Next();
                        break;
                    }
                }
                SkipWhitespace(); // _insertSemi is set, so this stops at '\n'
                if (_ch < 0 || _ch == '\n')
                {
                    return true;
                }
                if (_ch != '/')
                {
                    return false;
                }
                Next(); // consume '/'
            }
            return false;
        }
        finally
        {
            // Errors cannot occur twice here: the rescan below re-reads the same bytes, but NUL and
            // UTF-8 errors inside comments are reported by Next in both passes, as go/scanner does.
            _ch = '/';
            _offset = start;
            _rdOffset = start + 1;
            Next();
        }
    }

    /// <summary>Formats a code point as Go's %#U verb: U+0041 'A' (no quoted form when unprintable).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static string FormatRune(int ch)
    {
        var hex = "U+" + ch.ToString("X4", CultureInfo.InvariantCulture);
        if (ch < 0 || !Rune.IsValid(ch))
        {
            return hex;
        }
        var rune = new Rune(ch);
        var cat = Rune.GetUnicodeCategory(rune);
        var printable = ch == ' ' || cat is not (UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
            or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.SpaceSeparator);
        return printable ? hex + " '" + rune + "'" : hex;
    }
}
