using System.Runtime.CompilerServices;
using System.Collections.Immutable;
using Strand.Syntax.Ast;
using Strand.Syntax.Tokens;

namespace Strand.Syntax.Parsing;

internal sealed partial class Parser
{
    // ---- Node helpers computing go/ast's Pos/End rules ----

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Field NewField(CommentGroup? doc, ImmutableArray<Ident> names, Expr? type, BasicLit? tag, CommentGroup? comment)
    {
        var pos = !names.IsEmpty ? names[0].Pos : type?.Pos ?? Node.NoPos;
        var end = tag?.End ?? type?.End ?? (!names.IsEmpty ? names[^1].End : Node.NoPos);
        return new Field(pos, end, doc, names, type, tag, comment);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static FieldList NewFieldList(int opening, ImmutableArray<Field> list, int closing)
    {
        var pos = opening != Node.NoPos ? opening : !list.IsEmpty ? list[0].Pos : Node.NoPos;
        var end = closing != Node.NoPos ? closing + 1 : !list.IsEmpty ? list[^1].End : Node.NoPos;
        return new FieldList(pos, end, opening, list, closing);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static FuncType NewFuncType(int func, FieldList? typeParams, FieldList parameters, FieldList? results)
    {
        var pos = func != Node.NoPos ? func : parameters.Pos;
        return new FuncType(pos, results?.End ?? parameters.End, func, typeParams, parameters, results);
    }

    /// <summary>An IndexExpr for one index, an IndexListExpr for several (typeparams.PackIndexExpr).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Expr PackIndexExpr(Expr x, int lbrack, ImmutableArray<Expr> exprs, int rbrack) =>
        exprs.Length == 1
            ? new IndexExpr(x.Pos, rbrack + 1, x, lbrack, exprs[0], rbrack)
            : new IndexListExpr(x.Pos, rbrack + 1, x, lbrack, exprs, rbrack);

    // ---- Identifiers ----

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Ident ParseIdent()
    {
        var pos = _pos;
        if (_tok == Token.Ident)
        {
            var id = new Ident(pos, _litEnd, _lit!);
            Next();
            return id;
        }
        Expect(Token.Ident); // use Expect's error handling
        return new Ident(pos, pos + 1, "_");
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ImmutableArray<Ident> ParseIdentList()
    {
        var mark = _idents.Mark;
        _idents.Push(ParseIdent());
        while (_tok == Token.Comma)
        {
            Next();
            _idents.Push(ParseIdent());
        }
        return _idents.Pop(mark);
    }

    // ---- Types ----

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Expr ParseType()
    {
        var typ = TryIdentOrType();
        if (typ is null)
        {
            var pos = _pos;
            ErrorExpected(pos, "type");
            Advance(ExprEnd);
            return new BadExpr(pos, _pos);
        }
        return typ;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Expr ParseQualifiedIdent(Ident? ident)
    {
        var typ = ParseTypeName(ident);
        if (_tok == Token.LBrack)
        {
            typ = ParseTypeInstance(typ);
        }
        return typ;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Expr ParseTypeName(Ident? ident)
    {
        ident ??= ParseIdent();
        if (_tok == Token.Period)
        {
            Next();
            var sel = ParseIdent();
            return new SelectorExpr(ident.Pos, sel.End, ident, sel);
        }
        return ident;
    }

    /// <summary>"[" has been consumed at <paramref name="lbrack"/>; <paramref name="len"/> is an already parsed length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ArrayType ParseArrayType(int lbrack, Expr? len)
    {
        if (len is null)
        {
            _exprLev++;
            if (_tok == Token.Ellipsis)
            {
                len = new Ellipsis(_pos, _pos + 3, null); // always permitted, for tolerance
                Next();
            }
            else if (_tok != Token.RBrack)
            {
                len = ParseRhs();
            }
            _exprLev--;
        }
        if (_tok == Token.Comma)
        {
            Error(_pos, "unexpected comma; expecting ]");
            Next();
        }
        Expect(Token.RBrack);
        var elt = ParseType();
        return new ArrayType(lbrack, elt.End, len, elt);
    }

    /// <summary>After "x [": an array/slice field type or an instantiated embedded type (name null then).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (Ident? Name, Expr Type) ParseArrayFieldOrTypeInstance(Ident x)
    {
        var lbrack = Expect(Token.LBrack);
        var mark = _exprs.Mark;
        if (_tok != Token.RBrack)
        {
            _exprLev++;
            _exprs.Push(ParseRhsOrType());
            while (_tok == Token.Comma)
            {
                Next();
                _exprs.Push(ParseRhsOrType());
            }
            _exprLev--;
        }
        var args = _exprs.Pop(mark);
        var rbrack = Expect(Token.RBrack);

        if (args.IsEmpty)
        {
            // x []E
            var elt = ParseType();
            return (x, new ArrayType(lbrack, elt.End, null, elt));
        }
        if (args.Length == 1)
        {
            var elt = TryIdentOrType();
            if (elt is not null)
            {
                // x [P]E
                return (x, new ArrayType(lbrack, elt.End, args[0], elt));
            }
        }
        // x[P], x[P1, P2], ...
        return (null, PackIndexExpr(x, lbrack, args, rbrack));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Field ParseFieldDecl()
    {
        var doc = _leadComment;
        var names = ImmutableArray<Ident>.Empty;
        Expr typ;
        if (_tok == Token.Ident)
        {
            var name = ParseIdent();
            if (_tok is Token.Period or Token.String or Token.Semicolon or Token.RBrace)
            {
                // embedded type
                typ = name;
                if (_tok == Token.Period)
                {
                    typ = ParseQualifiedIdent(name);
                }
            }
            else
            {
                // name1, name2, ... T
                var mark = _idents.Mark;
                _idents.Push(name);
                while (_tok == Token.Comma)
                {
                    Next();
                    _idents.Push(ParseIdent());
                }
                names = _idents.Pop(mark);
                if (names.Length == 1 && _tok == Token.LBrack)
                {
                    // Embedded instantiated type T[P1, P2] or field T of array type []E or [P]E.
                    var (n, t) = ParseArrayFieldOrTypeInstance(name);
                    typ = t;
                    if (n is null)
                    {
                        names = ImmutableArray<Ident>.Empty;
                    }
                }
                else
                {
                    typ = ParseType();
                }
            }
        }
        else
        {
            // embedded, possibly generic type
            typ = ParseType();
        }

        BasicLit? tag = null;
        if (_tok == Token.String)
        {
            tag = new BasicLit(_pos, _litEnd, _tok, _lit!);
            Next();
        }
        ExpectSemi(); // before reading the line comment
        return NewField(doc, names, typ, tag, _lineComment);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private StructType ParseStructType()
    {
        var pos = Expect(Token.Struct);
        var lbrace = Expect(Token.LBrace);
        var mark = _fields.Mark;
        while (_tok is Token.Ident or Token.Mul or Token.LParen)
        {
            _fields.Push(ParseFieldDecl());
        }
        var rbrace = Expect(Token.RBrace);
        var fields = NewFieldList(lbrace, _fields.Pop(mark), rbrace);
        return new StructType(pos, fields.End, fields, false);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private StarExpr ParsePointerType()
    {
        var star = Expect(Token.Mul);
        var @base = ParseType();
        return new StarExpr(star, @base.End, @base);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Ellipsis ParseDotsType()
    {
        var pos = Expect(Token.Ellipsis);
        var elt = ParseType();
        return new Ellipsis(pos, elt.End, elt);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (Ident? Name, Expr? Type) ParseParamDecl(Ident? name, bool typeSetsOK)
    {
        Ident? fname = null;
        Expr? ftyp = null;
        if (name is null && typeSetsOK && _tok == Token.Tilde)
        {
            return (null, EmbeddedElem(null)); // "~" ...
        }
        if (name is not null || _tok == Token.Ident)
        {
            fname = name ?? ParseIdent();
            switch (_tok)
            {
                case Token.Ident or Token.Mul or Token.Arrow or Token.Func or Token.Chan or Token.Map or Token.Struct
                    or Token.Interface or Token.LParen:
                    ftyp = ParseType(); // name type
                    break;
                case Token.LBrack:
                    (fname, ftyp) = ParseArrayFieldOrTypeInstance(fname!);
                    break;
                case Token.Ellipsis:
                    return (fname, ParseDotsType()); // no "|" after ...type
                case Token.Period:
                    ftyp = ParseQualifiedIdent(fname);
                    fname = null;
                    break;
                case Token.Tilde:
                    if (typeSetsOK)
                    {
                        return (fname, EmbeddedElem(null));
                    }
                    break;
                case Token.Or:
                    if (typeSetsOK)
                    {
                        return (null, EmbeddedElem(fname)); // name "|" typeset
                    }
                    break;
            }
        }
        else
        {
            switch (_tok)
            {
                case Token.Mul or Token.Arrow or Token.Func or Token.LBrack or Token.Chan or Token.Map or Token.Struct
                    or Token.Interface or Token.LParen:
                    ftyp = ParseType();
                    break;
                case Token.Ellipsis:
                    return (null, ParseDotsType());
                default:
                    ErrorExpected(_pos, "')'");
                    Advance(ExprEnd);
                    break;
            }
        }
        if (typeSetsOK && _tok == Token.Or && ftyp is not null)
        {
            ftyp = EmbeddedElem(ftyp);
        }
        return (fname, ftyp);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ImmutableArray<Field> ParseParameterList(Ident? name0, Expr? typ0, Token closing)
    {
        var tparams = closing == Token.RBrack;
        var typeSetsOK = tparams;
        var pos = name0?.Pos ?? _pos;

        var list = _paramPool.Count > 0 ? _paramPool.Pop() : new List<(Ident? Name, Expr? Type)>();
        try
        {
            return ParseParameterList(list, name0, typ0, closing, tparams, typeSetsOK, pos);
        }
        finally
        {
            list.Clear();
            _paramPool.Push(list);
        }
    }

    private readonly Stack<List<(Ident? Name, Expr? Type)>> _paramPool = new();

    private ImmutableArray<Field> ParseParameterList(
        List<(Ident? Name, Expr? Type)> list, Ident? name0, Expr? typ0, Token closing, bool tparams, bool typeSetsOK, int pos)
    {
        var named = 0;
        while (name0 is not null || _tok != closing && _tok != Token.EOF)
        {
            (Ident? Name, Expr? Type) par;
            if (typ0 is not null)
            {
                if (typeSetsOK)
                {
                    typ0 = EmbeddedElem(typ0);
                }
                par = (name0, typ0);
            }
            else
            {
                par = ParseParamDecl(name0, typeSetsOK);
            }
            name0 = null;
            typ0 = null;
            if (par.Name is not null || par.Type is not null)
            {
                list.Add(par);
                if (par.Name is not null && par.Type is not null)
                {
                    named++;
                }
            }
            if (!AtComma("parameter list", closing))
            {
                break;
            }
            Next();
        }

        if (list.Count == 0)
        {
            return ImmutableArray<Field>.Empty;
        }

        if (named == 0)
        {
            // All unnamed: the names found are type names.
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i].Name is { } typ)
                {
                    list[i] = (null, typ);
                }
            }
            if (tparams)
            {
                Error(pos, "all type parameters must be named");
            }
        }
        else if (named != list.Count)
        {
            // Some named: all must be named.
            var ok = true;
            Expr? typ = null;
            var missingName = pos;
            for (var i = list.Count - 1; i >= 0; i--)
            {
                var par = list[i];
                if (par.Type is not null)
                {
                    typ = par.Type;
                    if (par.Name is null)
                    {
                        ok = false;
                        missingName = par.Type.Pos;
                        list[i] = (new Ident(typ.Pos, typ.Pos + 1, "_"), par.Type);
                    }
                }
                else if (typ is not null)
                {
                    list[i] = (par.Name, typ);
                }
                else
                {
                    // Only a name, and no type to its right.
                    ok = false;
                    missingName = par.Name!.Pos;
                    list[i] = (par.Name, new BadExpr(par.Name.Pos, _pos));
                }
            }
            if (!ok)
            {
                if (tparams)
                {
                    Error(missingName, "all type parameters must be named");
                }
                else
                {
                    Error(pos, "mixed named and unnamed parameters");
                }
            }
        }

        var mark = _fields.Mark;
        if (named == 0)
        {
            foreach (var par in list)
            {
                _fields.Push(NewField(null, ImmutableArray<Ident>.Empty, par.Type, null, null));
            }
            return _fields.Pop(mark);
        }

        // Named parameters: consecutive names sharing one type node form one field.
        var nameMark = _idents.Mark;
        Expr? current = null;
        foreach (var par in list)
        {
            if (!ReferenceEquals(par.Type, current))
            {
                if (_idents.CountFrom(nameMark) > 0)
                {
                    _fields.Push(NewField(null, _idents.Pop(nameMark), current, null, null));
                }
                current = par.Type;
            }
            _idents.Push(par.Name!);
        }
        if (_idents.CountFrom(nameMark) > 0)
        {
            _fields.Push(NewField(null, _idents.Pop(nameMark), current, null, null));
        }
        return _fields.Pop(mark);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (FieldList? TypeParams, FieldList Params) ParseParameters(bool acceptTParams)
    {
        FieldList? tparams = null;
        if (acceptTParams && _tok == Token.LBrack)
        {
            var openingB = _pos;
            Next();
            var list = ParseParameterList(null, null, Token.RBrack);
            var rbrack = Expect(Token.RBrack);
            tparams = NewFieldList(openingB, list, rbrack);
            if (tparams.NumFields == 0)
            {
                Error(tparams.Closing, "empty type parameter list");
                tparams = null;
            }
        }

        var opening = Expect(Token.LParen);
        var fields = ImmutableArray<Field>.Empty;
        if (_tok != Token.RParen)
        {
            fields = ParseParameterList(null, null, Token.RParen);
        }
        var rparen = Expect(Token.RParen);
        return (tparams, NewFieldList(opening, fields, rparen));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private FieldList? ParseResult()
    {
        if (_tok == Token.LParen)
        {
            return ParseParameters(false).Params;
        }
        var typ = TryIdentOrType();
        if (typ is not null)
        {
            var field = NewField(null, ImmutableArray<Ident>.Empty, typ, null, null);
            return NewFieldList(Node.NoPos, [field], Node.NoPos);
        }
        return null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private FuncType ParseFuncType()
    {
        var pos = Expect(Token.Func);
        var (tparams, parameters) = ParseParameters(true);
        if (tparams is not null)
        {
            Error(tparams.Pos, "function type must have no type parameters");
        }
        var results = ParseResult();
        return NewFuncType(pos, null, parameters, results);
    }

    /// <summary>An interface element starting with a name: a method, or an embedded (instantiated) type.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (CommentGroup? Doc, Ident? Name, Expr Type) ParseMethodSpec()
    {
        var doc = _leadComment;
        Ident? name = null;
        Expr typ;
        var x = ParseTypeName(null);
        if (x is Ident ident)
        {
            if (_tok == Token.LBrack)
            {
                // generic method or embedded instantiated type
                var lbrack = _pos;
                Next();
                _exprLev++;
                var x1 = ParseExpr();
                _exprLev--;
                if (x1 is Ident name0 && _tok != Token.Comma && _tok != Token.RBrack)
                {
                    // Generic method m[T any]: not allowed, parsed for a better error and recovery.
                    ParseParameterList(name0, null, Token.RBrack);
                    Expect(Token.RBrack);
                    Error(lbrack, "interface method must have no type parameters");
                    var (_, parameters) = ParseParameters(false);
                    var results = ParseResult();
                    name = ident;
                    typ = NewFuncType(Node.NoPos, null, parameters, results);
                }
                else
                {
                    // embedded instantiated type
                    var mark = _exprs.Mark;
                    _exprs.Push(x1);
                    if (AtComma("type argument list", Token.RBrack))
                    {
                        _exprLev++;
                        Next();
                        while (_tok != Token.RBrack && _tok != Token.EOF)
                        {
                            _exprs.Push(ParseType());
                            if (!AtComma("type argument list", Token.RBrack))
                            {
                                break;
                            }
                            Next();
                        }
                        _exprLev--;
                    }
                    var list = _exprs.Pop(mark);
                    var rbrack = ExpectClosing(Token.RBrack, "type argument list");
                    typ = PackIndexExpr(ident, lbrack, list, rbrack);
                }
            }
            else if (_tok == Token.LParen)
            {
                // ordinary method
                var (_, parameters) = ParseParameters(false);
                var results = ParseResult();
                name = ident;
                typ = NewFuncType(Node.NoPos, null, parameters, results);
            }
            else
            {
                typ = x; // embedded type
            }
        }
        else
        {
            // embedded, possibly instantiated type
            typ = x;
            if (_tok == Token.LBrack)
            {
                typ = ParseTypeInstance(typ);
            }
        }
        return (doc, name, typ);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Expr EmbeddedElem(Expr? x)
    {
        x ??= EmbeddedTerm();
        while (_tok == Token.Or)
        {
            var opPos = _pos;
            Next();
            var y = EmbeddedTerm();
            x = new BinaryExpr(x.Pos, y.End, x, opPos, Token.Or, y);
        }
        return x;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Expr EmbeddedTerm()
    {
        if (_tok == Token.Tilde)
        {
            var opPos = _pos;
            Next();
            var x = ParseType();
            return new UnaryExpr(opPos, x.End, Token.Tilde, x);
        }
        var t = TryIdentOrType();
        if (t is null)
        {
            var pos = _pos;
            ErrorExpected(pos, "~ term or type");
            Advance(ExprEnd);
            return new BadExpr(pos, _pos);
        }
        return t;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private InterfaceType ParseInterfaceType()
    {
        var pos = Expect(Token.Interface);
        var lbrace = Expect(Token.LBrace);
        var mark = _fields.Mark;
        while (true)
        {
            if (_tok == Token.Ident)
            {
                var (doc, name, typ) = ParseMethodSpec();
                if (name is null)
                {
                    typ = EmbeddedElem(typ);
                }
                ExpectSemi();
                var names = name is null ? ImmutableArray<Ident>.Empty : [name];
                _fields.Push(NewField(doc, names, typ, null, _lineComment));
            }
            else if (_tok == Token.Tilde)
            {
                var typ = EmbeddedElem(null);
                ExpectSemi();
                _fields.Push(NewField(null, ImmutableArray<Ident>.Empty, typ, null, _lineComment));
            }
            else if (TryIdentOrType() is { } t)
            {
                var typ = EmbeddedElem(t);
                ExpectSemi();
                _fields.Push(NewField(null, ImmutableArray<Ident>.Empty, typ, null, _lineComment));
            }
            else
            {
                break;
            }
        }
        var rbrace = Expect(Token.RBrace);
        var methods = NewFieldList(lbrace, _fields.Pop(mark), rbrace);
        return new InterfaceType(pos, methods.End, methods, false);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private MapType ParseMapType()
    {
        var pos = Expect(Token.Map);
        Expect(Token.LBrack);
        var key = ParseType();
        Expect(Token.RBrack);
        var value = ParseType();
        return new MapType(pos, value.End, key, value);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ChanType ParseChanType()
    {
        var pos = _pos;
        var dir = ChanDir.Both;
        var arrow = Node.NoPos;
        if (_tok == Token.Chan)
        {
            Next();
            if (_tok == Token.Arrow)
            {
                arrow = _pos;
                Next();
                dir = ChanDir.Send;
            }
        }
        else
        {
            arrow = Expect(Token.Arrow);
            Expect(Token.Chan);
            dir = ChanDir.Recv;
        }
        var value = ParseType();
        return new ChanType(pos, value.End, arrow, dir, value);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Expr ParseTypeInstance(Expr typ)
    {
        var opening = Expect(Token.LBrack);
        _exprLev++;
        var mark = _exprs.Mark;
        while (_tok != Token.RBrack && _tok != Token.EOF)
        {
            _exprs.Push(ParseType());
            if (!AtComma("type argument list", Token.RBrack))
            {
                break;
            }
            Next();
        }
        _exprLev--;
        var list = _exprs.Pop(mark);
        var closing = ExpectClosing(Token.RBrack, "type argument list");
        if (list.IsEmpty)
        {
            ErrorExpected(closing, "type argument list");
            return new IndexExpr(typ.Pos, closing + 1, typ, opening, new BadExpr(opening + 1, closing), closing);
        }
        return PackIndexExpr(typ, opening, list, closing);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Expr? TryIdentOrType()
    {
        IncNestLev();
        Expr? result;
        switch (_tok)
        {
            case Token.Ident:
                result = ParseTypeName(null);
                if (_tok == Token.LBrack)
                {
                    result = ParseTypeInstance(result);
                }
                break;
            case Token.LBrack:
                result = ParseArrayType(Expect(Token.LBrack), null);
                break;
            case Token.Struct:
                result = ParseStructType();
                break;
            case Token.Mul:
                result = ParsePointerType();
                break;
            case Token.Func:
                result = ParseFuncType();
                break;
            case Token.Interface:
                result = ParseInterfaceType();
                break;
            case Token.Map:
                result = ParseMapType();
                break;
            case Token.Chan or Token.Arrow:
                result = ParseChanType();
                break;
            case Token.LParen:
                var lparen = _pos;
                Next();
                var typ = ParseType();
                var rparen = Expect(Token.RParen);
                result = new ParenExpr(lparen, rparen + 1, typ);
                break;
            default:
                result = null;
                break;
        }
        _nestLev--;
        return result;
    }
}
