using System.Runtime.CompilerServices;
using System.Collections.Immutable;
using Strand.Syntax.Ast;
using Strand.Syntax.Tokens;

namespace Strand.Syntax.Parsing;

internal sealed partial class Parser
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ImmutableArray<Expr> ParseExprList()
    {
        var mark = _exprs.Mark;
        _exprs.Push(CheckExpr(ParseExpr()));
        while (_tok == Token.Comma)
        {
            Next();
            _exprs.Push(CheckExpr(ParseExpr()));
        }
        return _exprs.Pop(mark);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ImmutableArray<Expr> ParseList(bool inRhs)
    {
        var old = _inRhs;
        _inRhs = inRhs;
        var list = ParseExprList();
        _inRhs = old;
        return list;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private BlockStmt ParseBody() => ParseBlockStmt();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private BlockStmt ParseBlockStmt()
    {
        var lbrace = Expect(Token.LBrace);
        var list = ParseStmtList();
        var rbrace = Expect2(Token.RBrace);
        return NewBlock(lbrace, list, rbrace);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static BlockStmt NewBlock(int lbrace, ImmutableArray<Stmt> list, int rbrace)
    {
        var end = rbrace != Node.NoPos ? rbrace + 1 : !list.IsEmpty ? list[^1].End : lbrace + 1;
        return new BlockStmt(lbrace, end, lbrace, list, rbrace);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Expr ParseFuncTypeOrLit()
    {
        var typ = ParseFuncType();
        if (_tok != Token.LBrace)
        {
            return typ; // function type only
        }
        _exprLev++;
        var body = ParseBody();
        _exprLev--;
        return new FuncLit(typ.Pos, body.End, typ, body);
    }

    /// <summary>An operand; may return a raw type (including [...]T): callers check the result.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Expr ParseOperand()
    {
        switch (_tok)
        {
            case Token.Ident:
                return ParseIdent();
            case Token.Int or Token.Float or Token.Imag or Token.Char or Token.String:
                var lit = new BasicLit(_pos, _litEnd, _tok, _lit!);
                Next();
                return lit;
            case Token.LParen:
                var lparen = _pos;
                Next();
                _exprLev++;
                var x = ParseRhsOrType(); // types may be parenthesized: (some type)
                _exprLev--;
                var rparen = Expect(Token.RParen);
                return new ParenExpr(lparen, rparen + 1, x);
            case Token.Func:
                return ParseFuncTypeOrLit();
        }

        if (TryIdentOrType() is { } typ)
        {
            return typ; // a composite literal type or a conversion
        }

        var pos = _pos;
        ErrorExpected(pos, "operand");
        Advance(StmtStart);
        return new BadExpr(pos, _pos);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Expr ParseTypeAssertion(Expr x)
    {
        var lparen = Expect(Token.LParen);
        Expr? typ = null;
        if (_tok == Token.Type)
        {
            Next(); // type switch: typ == null
        }
        else
        {
            typ = ParseType();
        }
        var rparen = Expect(Token.RParen);
        return new TypeAssertExpr(x.Pos, rparen + 1, x, lparen, typ, rparen);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Expr ParseIndexOrSliceOrInstance(Expr x)
    {
        var lbrack = Expect(Token.LBrack);
        if (_tok == Token.RBrack)
        {
            // Empty index: not permitted; accepted for tolerance, with an error.
            ErrorExpected(_pos, "operand");
            var rb = _pos;
            Next();
            return new IndexExpr(x.Pos, rb + 1, x, lbrack, new BadExpr(rb, rb), rb);
        }
        _exprLev++;

        Expr? index0 = null, index1 = null, index2 = null;
        int colon0 = Node.NoPos, colon1 = Node.NoPos;
        var argMark = _exprs.Mark;
        var hasArgs = false;
        if (_tok != Token.Colon)
        {
            // An index or a type instantiation: not in type context either way.
            index0 = ParseRhsOrType();
        }
        var ncolons = 0;
        switch (_tok)
        {
            case Token.Colon:
                // slice expression
                while (_tok == Token.Colon && ncolons < 2)
                {
                    if (ncolons == 0) colon0 = _pos; else colon1 = _pos;
                    ncolons++;
                    Next();
                    if (_tok != Token.Colon && _tok != Token.RBrack && _tok != Token.EOF)
                    {
                        var e = ParseRhs();
                        if (ncolons == 1) index1 = e; else index2 = e;
                    }
                }
                break;
            case Token.Comma:
                // instance expression
                hasArgs = true;
                _exprs.Push(index0!);
                while (_tok == Token.Comma)
                {
                    Next();
                    if (_tok != Token.RBrack && _tok != Token.EOF)
                    {
                        _exprs.Push(ParseType());
                    }
                }
                break;
        }
        var args = _exprs.Pop(argMark);

        _exprLev--;
        var rbrack = Expect(Token.RBrack);

        if (ncolons > 0)
        {
            var slice3 = false;
            if (ncolons == 2)
            {
                slice3 = true;
                // Checked here rather than in the type checker so that gofmt rejects it (issue 7305).
                if (index1 is null)
                {
                    Error(colon0, "2nd index required in 3-index slice");
                    index1 = new BadExpr(colon0 + 1, colon1);
                }
                if (index2 is null)
                {
                    Error(colon1, "3rd index required in 3-index slice");
                    index2 = new BadExpr(colon1 + 1, rbrack);
                }
            }
            return new SliceExpr(x.Pos, rbrack + 1, x, lbrack, index0, index1, index2, slice3, rbrack);
        }

        if (!hasArgs)
        {
            return new IndexExpr(x.Pos, rbrack + 1, x, lbrack, index0!, rbrack);
        }
        return PackIndexExpr(x, lbrack, args, rbrack);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private CallExpr ParseCallOrConversion(Expr fun)
    {
        var lparen = Expect(Token.LParen);
        _exprLev++;
        var mark = _exprs.Mark;
        var ellipsis = Node.NoPos;
        while (_tok != Token.RParen && _tok != Token.EOF && ellipsis == Node.NoPos)
        {
            _exprs.Push(ParseRhsOrType()); // builtins may expect a type: make(some type, ...)
            if (_tok == Token.Ellipsis)
            {
                ellipsis = _pos;
                Next();
            }
            if (!AtComma("argument list", Token.RParen))
            {
                break;
            }
            Next();
        }
        _exprLev--;
        var list = _exprs.Pop(mark);
        var rparen = ExpectClosing(Token.RParen, "argument list");
        return new CallExpr(fun.Pos, rparen + 1, fun, lparen, list, ellipsis, rparen);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Expr ParseValue()
    {
        if (_tok == Token.LBrace)
        {
            return ParseLiteralValue(null);
        }
        return CheckExpr(ParseExpr());
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Expr ParseElement()
    {
        var x = ParseValue();
        if (_tok == Token.Colon)
        {
            var colon = _pos;
            Next();
            var value = ParseValue();
            x = new KeyValueExpr(x.Pos, value.End, x, colon, value);
        }
        return x;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Expr ParseLiteralValue(Expr? typ)
    {
        // go/parser does not count literal values toward the nesting limit; only the stack is guarded.
        _uncountedDepth++;
        if (_uncountedDepth > StackCheckDepth && (_uncountedDepth & 15) == 0)
        {
            CheckStack();
        }
        var result = ParseLiteralValueCore(typ);
        _uncountedDepth--;
        return result;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Expr ParseLiteralValueCore(Expr? typ)
    {
        var lbrace = Expect(Token.LBrace);
        _exprLev++;
        var mark = _exprs.Mark;
        if (_tok != Token.RBrace)
        {
            while (_tok != Token.RBrace && _tok != Token.EOF)
            {
                _exprs.Push(ParseElement());
                if (!AtComma("composite literal", Token.RBrace))
                {
                    break;
                }
                Next();
            }
        }
        _exprLev--;
        var elts = _exprs.Pop(mark);
        var rbrace = ExpectClosing(Token.RBrace, "composite literal");
        return new CompositeLit(typ?.Pos ?? lbrace, rbrace + 1, typ, lbrace, elts, rbrace, false);
    }

    /// <summary>Checks that x is an expression (not a type).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Expr CheckExpr(Expr x)
    {
        switch (Unparen(x))
        {
            case BadExpr or Ident or BasicLit or FuncLit or CompositeLit or SelectorExpr or IndexExpr or IndexListExpr
                or SliceExpr or TypeAssertExpr or CallExpr or StarExpr or UnaryExpr or BinaryExpr:
                return x;
            default:
                ErrorExpected(x.Pos, "expression");
                return new BadExpr(x.Pos, SafePos(x.End));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Expr Unparen(Expr x) => x is ParenExpr p ? p.Unparenthesized : x;

    /// <summary>Checks that x is an expression or a type, not a raw type such as [...]T.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Expr CheckExprOrType(Expr x)
    {
        if (Unparen(x) is ArrayType { Len: Ellipsis len })
        {
            Error(len.Pos, "expected array length, found '...'");
            return new BadExpr(x.Pos, SafePos(x.End));
        }
        return x;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Expr ParsePrimaryExpr(Expr? x)
    {
        x ??= ParseOperand();
        // Nesting is counted per suffix (not per call), since the loop builds nested output.
        var n = 0;
        try
        {
            while (true)
            {
                n++;
                IncNestLev();
                switch (_tok)
                {
                    case Token.Period:
                        Next();
                        switch (_tok)
                        {
                            case Token.Ident:
                                var checkedX = CheckExprOrType(x);
                                var sel = ParseIdent();
                                x = new SelectorExpr(checkedX.Pos, sel.End, checkedX, sel);
                                break;
                            case Token.LParen:
                                x = ParseTypeAssertion(CheckExpr(x));
                                break;
                            default:
                                var pos = _pos;
                                ErrorExpected(pos, "selector or type assertion");
                                if (_tok != Token.RBrace)
                                {
                                    Next(); // make progress
                                }
                                var blank = new Ident(pos, pos + 1, "_");
                                x = new SelectorExpr(x.Pos, blank.End, x, blank);
                                break;
                        }
                        break;
                    case Token.LBrack:
                        x = ParseIndexOrSliceOrInstance(CheckExpr(x));
                        break;
                    case Token.LParen:
                        x = ParseCallOrConversion(CheckExprOrType(x));
                        break;
                    case Token.LBrace:
                        // Does '{' start a composite literal or a block?
                        var t = Unparen(x);
                        switch (t)
                        {
                            case BadExpr or Ident or SelectorExpr or IndexExpr or IndexListExpr:
                                if (_exprLev < 0)
                                {
                                    return x;
                                }
                                break; // possibly a composite literal type
                            case ArrayType or StructType or MapType:
                                break; // a composite literal type
                            default:
                                return x;
                        }
                        if (!ReferenceEquals(t, x))
                        {
                            Error(t.Pos, "cannot parenthesize type in composite literal");
                        }
                        x = ParseLiteralValue(x);
                        break;
                    default:
                        return x;
                }
            }
        }
        finally
        {
            _nestLev -= n;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Expr ParseUnaryExpr()
    {
        IncNestLev();
        var result = ParseUnaryExprCore();
        _nestLev--;
        return result;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Expr ParseUnaryExprCore()
    {
        switch (_tok)
        {
            case Token.Add or Token.Sub or Token.Not or Token.Xor or Token.And or Token.Tilde:
            {
                var pos = _pos;
                var op = _tok;
                Next();
                var x = CheckExpr(ParseUnaryExpr());
                return new UnaryExpr(pos, x.End, op, x);
            }
            case Token.Arrow:
            {
                // A channel type or a receive expression.
                var arrow = _pos;
                Next();
                var x = ParseUnaryExpr();
                if (x is ChanType)
                {
                    return ReassociateArrow(arrow, (ChanType)x);
                }
                x = CheckExpr(x);
                return new UnaryExpr(arrow, x.End, Token.Arrow, x);
            }
            case Token.Mul:
            {
                // A pointer type or a dereference.
                var pos = _pos;
                Next();
                var x = CheckExprOrType(ParseUnaryExpr());
                return new StarExpr(pos, x.End, x);
            }
        }
        return ParsePrimaryExpr(null);
    }

    /// <summary>
    /// "&lt;-" followed by a channel type: the arrow belongs to the type, <c>&lt;-chan T</c>; for
    /// <c>&lt;-chan&lt;- T</c> it moves inward, as go/parser re-associates it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Expr ReassociateArrow(int arrow, ChanType outer)
    {
        // Walk the chain of send-only channel types, shifting arrows inward (go/parser's loop).
        var chain = new List<(ChanType Node, int Begin, int Arrow, ChanDir Dir)>();
        ChanType? typ = outer;
        var dir = ChanDir.Send;
        while (typ is not null && dir == ChanDir.Send)
        {
            if (typ.Dir == ChanDir.Recv)
            {
                ErrorExpected(typ.Arrow, "'chan'"); // (<-type) is (<-(<-chan T))
            }
            var nextArrow = typ.Arrow;
            chain.Add((typ, arrow, arrow, ChanDir.Recv));
            dir = typ.Dir;
            arrow = nextArrow;
            typ = typ.Value as ChanType;
        }
        if (dir == ChanDir.Send)
        {
            ErrorExpected(arrow, "channel type");
        }
        // Rebuild from the innermost changed node outward (nodes are immutable).
        Expr inner = chain[^1].Node.Value;
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            var (node, begin, arr, d) = chain[i];
            var value = i == chain.Count - 1 ? node.Value : inner;
            inner = new ChanType(begin, value.End, arr, d, value);
        }
        return inner;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (Token Op, int Prec) TokPrec()
    {
        var tok = _tok;
        if (_inRhs && tok == Token.Assign)
        {
            tok = Token.Eql;
        }
        return (tok, tok.Precedence());
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Expr ParseBinaryExpr(Expr? x, int prec1, bool check)
    {
        x ??= ParseUnaryExpr();
        var n = 0;
        try
        {
            while (true)
            {
                n++;
                IncNestLev();
                var (op, oprec) = TokPrec();
                if (oprec < prec1)
                {
                    return x;
                }
                var pos = Expect(op);
                var y = ParseBinaryExpr(null, oprec + 1, check);
                if (check)
                {
                    x = CheckExpr(x);
                    y = CheckExpr(y);
                }
                x = new BinaryExpr(x.Pos, y.End, x, pos, op, y);
            }
        }
        finally
        {
            _nestLev -= n;
        }
    }

    /// <summary>May return a type or a raw type ([...]int): callers check the result.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Expr ParseExpr() => ParseBinaryExpr(null, TokenFacts.LowestPrec + 1, true);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Expr ParseRhs()
    {
        var old = _inRhs;
        _inRhs = true;
        var x = CheckExpr(ParseExpr());
        _inRhs = old;
        return x;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Expr ParseRhsOrType()
    {
        var old = _inRhs;
        _inRhs = true;
        var x = CheckExprOrType(ParseExpr());
        _inRhs = old;
        return x;
    }
}
