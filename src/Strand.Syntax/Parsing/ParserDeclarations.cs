using System.Runtime.CompilerServices;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Strand.Syntax.Ast;
using Strand.Syntax.Text;
using Strand.Syntax.Tokens;

namespace Strand.Syntax.Parsing;

internal sealed partial class Parser
{
    private readonly ImmutableArray<Decl>.Builder _decls = ImmutableArray.CreateBuilder<Decl>();
    private CommentGroup? _fileDoc;
    private int _packagePos = Node.NoPos;
    private Ident? _packageName;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsValidImport(string lit)
    {
        const string illegalChars = "!\"#$%&'()*,:;<=>?[\\]^{|}`\uFFFD";
        var bytes = GoStringLiteral.Unquote(lit);
        if (bytes is null || bytes.Length == 0)
        {
            return false;
        }
        // Decode as Go does: each invalid byte becomes U+FFFD, which is illegal in a path.
        var span = bytes.AsSpan();
        while (!span.IsEmpty)
        {
            if (Rune.DecodeFromUtf8(span, out var r, out var n) != System.Buffers.OperationStatus.Done)
            {
                return false;
            }
            span = span[n..];
            var cat = Rune.GetUnicodeCategory(r);
            var graphic = cat is not (UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator);
            if (!graphic || Rune.IsWhiteSpace(r) || (r.IsBmp && illegalChars.Contains((char)r.Value)))
            {
                return false;
            }
        }
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ImportSpec ParseImportSpec(CommentGroup? doc)
    {
        Ident? ident = null;
        switch (_tok)
        {
            case Token.Period:
                ident = new Ident(_pos, _pos + 1, ".");
                Next();
                break;
            case Token.Ident:
                ident = ParseIdent();
                break;
        }

        var pos = _pos;
        var path = "";
        var pathEnd = pos;
        if (_tok == Token.String)
        {
            path = _lit!;
            pathEnd = _litEnd;
            if (!IsValidImport(path))
            {
                Error(pos, "invalid import path: " + path);
            }
            Next();
        }
        else
        {
            Expect(Token.String);
        }
        ExpectSemi(); // before reading the line comment

        var pathLit = new BasicLit(pos, pathEnd, Token.String, path);
        var spec = new ImportSpec(ident?.Pos ?? pos, pathEnd, doc, ident, pathLit, _lineComment);
        _imports.Add(spec);
        return spec;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ValueSpec ParseValueSpec(CommentGroup? doc, Token keyword, int iota)
    {
        var pos = _pos;
        var idents = ParseIdentList();
        var typ = TryIdentOrType();
        var values = ImmutableArray<Expr>.Empty;
        var hasValues = false;
        if (_tok == Token.Assign)
        {
            Next();
            values = ParseList(true);
            hasValues = true;
        }
        ExpectSemi(); // before reading the line comment

        switch (keyword)
        {
            case Token.Var:
                if (typ is null && !hasValues)
                {
                    Error(pos, "missing variable type or initialization");
                }
                break;
            case Token.Const:
                if (!hasValues && (iota == 0 || typ is not null))
                {
                    Error(pos, "missing constant value");
                }
                break;
        }

        var end = !values.IsEmpty ? values[^1].End : typ?.End ?? idents[^1].End;
        return new ValueSpec(idents[0].Pos, end, doc, idents, typ, values, _lineComment);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private TypeSpec ParseTypeSpec(CommentGroup? doc)
    {
        var name = ParseIdent();
        FieldList? typeParams = null;
        var assign = Node.NoPos;
        Expr type;

        if (_tok == Token.LBrack)
        {
            // An array/slice type or a type parameter list.
            var lbrack = _pos;
            Next();
            if (_tok == Token.Ident)
            {
                // An expression x follows; "P []E" would make "P[]" an invalid expression, so a name
                // followed by "[" starts a constraint and is not parsed as an expression.
                Expr x = ParseIdent();
                if (_tok != Token.LBrack)
                {
                    _exprLev++;
                    var lhs = ParsePrimaryExpr(x);
                    x = ParseBinaryExpr(lhs, TokenFacts.LowestPrec + 1, false);
                    _exprLev--;
                }
                var (pname, ptype) = ExtractName(x, _tok == Token.Comma);
                if (pname is not null && (ptype is not null || _tok != Token.RBrack))
                {
                    (typeParams, assign, type) = ParseGenericType(lbrack, pname, ptype);
                }
                else
                {
                    type = ParseArrayType(lbrack, x);
                }
            }
            else
            {
                type = ParseArrayType(lbrack, null);
            }
        }
        else
        {
            if (_tok == Token.Assign)
            {
                assign = _pos; // alias
                Next();
            }
            type = ParseType();
        }

        ExpectSemi(); // before reading the line comment
        return new TypeSpec(name.Pos, type.End, doc, name, typeParams, assign, type, _lineComment);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (FieldList TypeParams, int Assign, Expr Type) ParseGenericType(int openPos, Ident name0, Expr? typ0)
    {
        var list = ParseParameterList(name0, typ0, Token.RBrack);
        var closePos = Expect(Token.RBrack);
        var typeParams = NewFieldList(openPos, list, closePos);
        var assign = Node.NoPos;
        if (_tok == Token.Assign)
        {
            assign = _pos; // generic alias: the type checker decides whether it is allowed
            Next();
        }
        return (typeParams, assign, ParseType());
    }

    /// <summary>Splits x into (name, type element) when it can be read as "name expr" (go/parser's extractName).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (Ident? Name, Expr? Type) ExtractName(Expr x, bool force)
    {
        switch (x)
        {
            case Ident id:
                return (id, null);
            case BinaryExpr b:
                switch (b.Op)
                {
                    case Token.Mul:
                        if (b.X is Ident name && (force || IsTypeElem(b.Y)))
                        {
                            return (name, new StarExpr(b.OpPos, b.Y.End, b.Y));
                        }
                        break;
                    case Token.Or:
                        var (n, lhs) = ExtractName(b.X, force || IsTypeElem(b.Y));
                        if (n is not null && lhs is not null)
                        {
                            return (n, new BinaryExpr(lhs.Pos, b.Y.End, lhs, b.OpPos, b.Op, b.Y));
                        }
                        break;
                }
                break;
            case CallExpr c:
                if (c.Fun is Ident fname && c.Args.Length == 1 && c.Ellipsis == Node.NoPos && (force || IsTypeElem(c.Args[0])))
                {
                    return (fname, c.Args[0]);
                }
                break;
        }
        return (null, x);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsTypeElem(Expr x) => x switch
    {
        ArrayType or StructType or FuncType or InterfaceType or MapType or ChanType => true,
        BinaryExpr b => IsTypeElem(b.X) || IsTypeElem(b.Y),
        UnaryExpr u => u.Op == Token.Tilde,
        ParenExpr p => IsTypeElem(p.X),
        _ => false,
    };

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Spec ParseSpec(Token keyword, CommentGroup? doc, int iota) => keyword switch
    {
        Token.Import => ParseImportSpec(doc),
        Token.Type => ParseTypeSpec(doc),
        _ => ParseValueSpec(doc, keyword, iota),
    };

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private GenDecl ParseGenDecl(Token keyword)
    {
        var doc = _leadComment;
        var pos = Expect(keyword);
        var lparen = Node.NoPos;
        var rparen = Node.NoPos;
        var mark = _specs.Mark;
        if (_tok == Token.LParen)
        {
            lparen = _pos;
            Next();
            for (var iota = 0; _tok != Token.RParen && _tok != Token.EOF; iota++)
            {
                _specs.Push(ParseSpec(keyword, _leadComment, iota));
            }
            rparen = Expect(Token.RParen);
            ExpectSemi();
        }
        else
        {
            _specs.Push(ParseSpec(keyword, null, 0));
        }
        var specs = _specs.Pop(mark);
        var end = rparen != Node.NoPos ? rparen + 1 : specs[0].End;
        return new GenDecl(pos, end, doc, keyword, lparen, specs, rparen);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private FuncDecl ParseFuncDecl()
    {
        var doc = _leadComment;
        var pos = Expect(Token.Func);

        FieldList? recv = null;
        if (_tok == Token.LParen)
        {
            recv = ParseParameters(false).Params;
        }

        var ident = ParseIdent();
        var (tparams, parameters) = ParseParameters(true);
        if (recv is not null && tparams is not null)
        {
            // Methods have no type parameters; parsed for a better error and recovery.
            Error(tparams.Opening, "method must have no type parameters");
            tparams = null;
        }
        var results = ParseResult();

        BlockStmt? body = null;
        switch (_tok)
        {
            case Token.LBrace:
                body = ParseBody();
                ExpectSemi();
                break;
            case Token.Semicolon:
                Next();
                if (_tok == Token.LBrace)
                {
                    // opening { of the function body on the next line
                    Error(_pos, "unexpected semicolon or newline before {");
                    body = ParseBody();
                    ExpectSemi();
                }
                break;
            default:
                ExpectSemi();
                break;
        }

        var type = NewFuncType(pos, tparams, parameters, results);
        return new FuncDecl(pos, body?.End ?? type.End, doc, recv, ident, type, body);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Decl ParseDecl(bool[] sync)
    {
        switch (_tok)
        {
            case Token.Const or Token.Var or Token.Type:
                return ParseGenDecl(_tok);
            case Token.Func:
                return ParseFuncDecl();
            default:
                var pos = _pos;
                ErrorExpected(pos, "declaration");
                Advance(sync);
                return new BadDecl(pos, _pos);
        }
    }

    /// <summary>Parses the whole file; stops early, like go/parser, when the package clause is broken.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void ParseFileBody()
    {
        if (_errors.Count != 0)
        {
            return; // errors scanning the first token: likely not Go source
        }
        _fileDoc = _leadComment;
        _packagePos = Expect(Token.Package);
        _packageName = ParseIdent();
        ExpectSemi();
        if (_errors.Count != 0)
        {
            return; // errors in the package clause: likely not Go source
        }
        while (_tok == Token.Import)
        {
            BeginTopDecl();
            _decls.Add(ParseGenDecl(Token.Import));
            EndTopDecl();
        }
        while (_tok != Token.EOF)
        {
            BeginTopDecl();
            _decls.Add(ParseDecl(DeclStart));
            EndTopDecl();
        }
    }

    /// <summary>Builds the file node from what was parsed (all of it, or what preceded a bailout).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public GoFile BuildFile(string path)
    {
        var decls = _decls.ToImmutable();
        var name = _packageName ?? new Ident(0, 0, "");
        var end = !decls.IsEmpty ? decls[^1].End : name.End;
        return new GoFile(_packagePos, end, path, _fileDoc, _packagePos, name, decls, [.. _imports], _comments.ToImmutable(), _lines);
    }
}
