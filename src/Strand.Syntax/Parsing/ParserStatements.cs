using System.Runtime.CompilerServices;
using System.Collections.Immutable;
using Strand.Syntax.Ast;
using Strand.Syntax.Tokens;

namespace Strand.Syntax.Parsing;

internal sealed partial class Parser
{
    private enum SimpleMode
    {
        Basic,
        LabelOk,
        RangeOk,
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ImmutableArray<Stmt> ParseStmtList()
    {
        var mark = _stmts.Mark;
        while (_tok != Token.Case && _tok != Token.Default && _tok != Token.RBrace && _tok != Token.EOF)
        {
            _stmts.Push(ParseStmt());
        }
        return _stmts.Pop(mark);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static AssignStmt NewAssign(ImmutableArray<Expr> lhs, int tokPos, Token tok, ImmutableArray<Expr> rhs)
    {
        var pos = !lhs.IsEmpty ? lhs[0].Pos : tokPos;
        var end = !rhs.IsEmpty ? rhs[^1].End : tokPos;
        return new AssignStmt(pos, end, lhs, tokPos, tok, rhs);
    }

    /// <summary>
    /// A simple statement. With <see cref="SimpleMode.RangeOk"/> the second result tells that it is the
    /// assignment of a range clause, whose single right-hand side is a UnaryExpr with Op Range.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (Stmt Stmt, bool IsRange) ParseSimpleStmt(SimpleMode mode)
    {
        // The left-hand list stays on the scratch stack: most simple statements are a single
        // expression and need no array (ParseList(false) without the allocation).
        var mark = _exprs.Mark;
        var oldRhs = _inRhs;
        _inRhs = false;
        _exprs.Push(CheckExpr(ParseExpr()));
        while (_tok == Token.Comma)
        {
            Next();
            _exprs.Push(CheckExpr(ParseExpr()));
        }
        _inRhs = oldRhs;

        switch (_tok)
        {
            case Token.Define or Token.Assign or Token.AddAssign or Token.SubAssign or Token.MulAssign or Token.QuoAssign
                or Token.RemAssign or Token.AndAssign or Token.OrAssign or Token.XorAssign or Token.ShlAssign
                or Token.ShrAssign or Token.AndNotAssign:
            {
                var x = _exprs.Pop(mark);
                var pos = _pos;
                var tok = _tok;
                Next();
                ImmutableArray<Expr> y;
                var isRange = false;
                if (mode == SimpleMode.RangeOk && _tok == Token.Range && tok is Token.Define or Token.Assign)
                {
                    var rangePos = _pos;
                    Next();
                    var rx = ParseRhs();
                    y = [new UnaryExpr(rangePos, rx.End, Token.Range, rx)];
                    isRange = true;
                }
                else
                {
                    y = ParseList(true);
                }
                var assign = NewAssign(x, pos, tok, y);
                if (tok == Token.Define)
                {
                    CheckAssignStmt(assign);
                }
                return (assign, isRange);
            }
        }

        var x0 = _exprs[mark];
        var count = _exprs.CountFrom(mark);
        _exprs.Discard(mark);
        if (count > 1)
        {
            ErrorExpected(x0.Pos, "1 expression");
        }

        switch (_tok)
        {
            case Token.Colon:
            {
                var colon = _pos;
                Next();
                if (mode == SimpleMode.LabelOk && x0 is Ident label)
                {
                    var stmt = ParseStmt();
                    return (new LabeledStmt(label.Pos, stmt.End, label, colon, stmt), false);
                }
                // Reported at the colon: the label may be broken by a token before it.
                Error(colon, "illegal label declaration");
                return (new BadStmt(x0.Pos, colon + 1), false);
            }
            case Token.Arrow:
            {
                var arrow = _pos;
                Next();
                var y = ParseRhs();
                return (new SendStmt(x0.Pos, y.End, x0, arrow, y), false);
            }
            case Token.Inc or Token.Dec:
            {
                var s = new IncDecStmt(x0.Pos, _pos + 2, x0, _pos, _tok);
                Next();
                return (s, false);
            }
        }
        return (new ExprStmt(x0.Pos, x0.End, x0), false);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CheckAssignStmt(AssignStmt assign)
    {
        foreach (var x in assign.Lhs)
        {
            if (x is not Ident)
            {
                ErrorExpected(x.Pos, "identifier on left side of :=");
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private CallExpr? ParseCallExpr(string callType)
    {
        var x = ParseRhsOrType(); // could be a conversion: (some type)(x)
        if (x is CallExpr call)
        {
            return call;
        }
        if (x is not BadExpr)
        {
            Error(SafePos(x.End), $"function must be invoked in {callType} statement");
        }
        return null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Stmt ParseGoStmt()
    {
        var pos = Expect(Token.Go);
        var call = ParseCallExpr("go");
        ExpectSemi();
        return call is null ? new BadStmt(pos, pos + 2) : new GoStmt(pos, call.End, call);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Stmt ParseDeferStmt()
    {
        var pos = Expect(Token.Defer);
        var call = ParseCallExpr("defer");
        ExpectSemi();
        return call is null ? new BadStmt(pos, pos + 5) : new DeferStmt(pos, call.End, call);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ReturnStmt ParseReturnStmt()
    {
        var pos = _pos;
        Expect(Token.Return);
        var x = ImmutableArray<Expr>.Empty;
        if (_tok != Token.Semicolon && _tok != Token.RBrace)
        {
            x = ParseList(true);
        }
        ExpectSemi();
        return new ReturnStmt(pos, !x.IsEmpty ? x[^1].End : pos + 6, x);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private BranchStmt ParseBranchStmt(Token tok)
    {
        var pos = Expect(tok);
        Ident? label = null;
        if (tok != Token.Fallthrough && _tok == Token.Ident)
        {
            label = ParseIdent();
        }
        ExpectSemi();
        return new BranchStmt(pos, label?.End ?? pos + tok.Spelling().Length, tok, label);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Expr? MakeExpr(Stmt? s, string want)
    {
        if (s is null)
        {
            return null;
        }
        if (s is ExprStmt es)
        {
            return CheckExpr(es.X);
        }
        var found = s is AssignStmt ? "assignment" : "simple statement";
        Error(s.Pos, $"expected {want}, found {found} (missing parentheses around composite literal?)");
        return new BadExpr(s.Pos, SafePos(s.End));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (Stmt? Init, Expr Cond) ParseIfHeader()
    {
        if (_tok == Token.LBrace)
        {
            Error(_pos, "missing condition in if statement");
            return (null, new BadExpr(_pos, _pos));
        }

        var prevLev = _exprLev;
        _exprLev = -1;

        Stmt? init = null;
        if (_tok != Token.Semicolon)
        {
            // accept a variable declaration but complain
            if (_tok == Token.Var)
            {
                Next();
                Error(_pos, "var declaration not allowed in 'IF' initializer");
            }
            init = ParseSimpleStmt(SimpleMode.Basic).Stmt;
        }

        Stmt? condStmt = null;
        var semiPos = Node.NoPos;
        string? semiLit = null;
        if (_tok != Token.LBrace)
        {
            if (_tok == Token.Semicolon)
            {
                semiPos = _pos;
                semiLit = _lit;
                Next();
            }
            else
            {
                Expect(Token.Semicolon);
            }
            if (_tok != Token.LBrace)
            {
                condStmt = ParseSimpleStmt(SimpleMode.Basic).Stmt;
            }
        }
        else
        {
            condStmt = init;
            init = null;
        }

        Expr? cond = null;
        if (condStmt is not null)
        {
            cond = MakeExpr(condStmt, "boolean expression");
        }
        else if (semiPos != Node.NoPos)
        {
            Error(semiPos, semiLit == "\n" ? "unexpected newline, expecting { after if clause" : "missing condition in if statement");
        }

        cond ??= new BadExpr(_pos, _pos);
        _exprLev = prevLev;
        return (init, cond);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private IfStmt ParseIfStmt()
    {
        IncNestLev();
        var pos = Expect(Token.If);
        var (init, cond) = ParseIfHeader();
        var body = ParseBlockStmt();

        Stmt? elseStmt = null;
        if (_tok == Token.Else)
        {
            Next();
            switch (_tok)
            {
                case Token.If:
                    elseStmt = ParseIfStmt();
                    break;
                case Token.LBrace:
                    elseStmt = ParseBlockStmt();
                    ExpectSemi();
                    break;
                default:
                    ErrorExpected(_pos, "if statement or block");
                    elseStmt = new BadStmt(_pos, _pos);
                    break;
            }
        }
        else
        {
            ExpectSemi();
        }
        _nestLev--;
        return new IfStmt(pos, elseStmt?.End ?? body.End, init, cond, body, elseStmt);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ImmutableArray<Expr> ParseTypeList()
    {
        var mark = _exprs.Mark;
        _exprs.Push(ParseType());
        while (_tok == Token.Comma)
        {
            Next();
            _exprs.Push(ParseType());
        }
        return _exprs.Pop(mark);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private CaseClause ParseCaseClause(bool typeSwitch)
    {
        var pos = _pos;
        var list = ImmutableArray<Expr>.Empty;
        var isDefault = false;
        if (_tok == Token.Case)
        {
            Next();
            list = typeSwitch ? ParseTypeList() : ParseList(true);
        }
        else
        {
            isDefault = true;
            Expect(Token.Default);
        }
        var colon = Expect(Token.Colon);
        var body = ParseStmtList();
        return new CaseClause(pos, !body.IsEmpty ? body[^1].End : colon + 1, isDefault, list, colon, body);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsTypeSwitchAssert(Expr x) => x is TypeAssertExpr { Type: null };

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool IsTypeSwitchGuard(Stmt? s)
    {
        switch (s)
        {
            case ExprStmt es:
                return IsTypeSwitchAssert(es.X); // x.(type)
            case AssignStmt a when a.Lhs.Length == 1 && a.Rhs.Length == 1 && IsTypeSwitchAssert(a.Rhs[0]):
                // v := x.(type)
                if (a.Tok == Token.Assign)
                {
                    Error(a.TokPos, "expected ':=', found '='"); // permitted, with a complaint
                    return true;
                }
                return a.Tok == Token.Define;
            default:
                return false;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Stmt ParseSwitchStmt()
    {
        var pos = Expect(Token.Switch);
        Stmt? s1 = null, s2 = null;
        if (_tok != Token.LBrace)
        {
            var prevLev = _exprLev;
            _exprLev = -1;
            if (_tok != Token.Semicolon)
            {
                s2 = ParseSimpleStmt(SimpleMode.Basic).Stmt;
            }
            if (_tok == Token.Semicolon)
            {
                Next();
                s1 = s2;
                s2 = null;
                if (_tok != Token.LBrace)
                {
                    s2 = ParseSimpleStmt(SimpleMode.Basic).Stmt;
                }
            }
            _exprLev = prevLev;
        }

        var typeSwitch = IsTypeSwitchGuard(s2);
        var lbrace = Expect(Token.LBrace);
        var mark = _stmts.Mark;
        while (_tok is Token.Case or Token.Default)
        {
            _stmts.Push(ParseCaseClause(typeSwitch));
        }
        var list = _stmts.Pop(mark);
        var rbrace = Expect(Token.RBrace);
        ExpectSemi();
        var body = NewBlock(lbrace, list, rbrace);

        if (typeSwitch)
        {
            return new TypeSwitchStmt(pos, body.End, s1, s2!, body);
        }
        return new SwitchStmt(pos, body.End, s1, MakeExpr(s2, "switch expression"), body);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private CommClause ParseCommClause()
    {
        var pos = _pos;
        Stmt? comm = null;
        if (_tok == Token.Case)
        {
            Next();
            var lhs = ParseList(false);
            if (_tok == Token.Arrow)
            {
                // SendStmt
                if (lhs.Length > 1)
                {
                    ErrorExpected(lhs[0].Pos, "1 expression");
                }
                var arrow = _pos;
                Next();
                var rhs = ParseRhs();
                comm = new SendStmt(lhs[0].Pos, rhs.End, lhs[0], arrow, rhs);
            }
            else if (_tok is Token.Assign or Token.Define)
            {
                // RecvStmt with assignment
                var tok = _tok;
                if (lhs.Length > 2)
                {
                    ErrorExpected(lhs[0].Pos, "1 or 2 expressions");
                    lhs = lhs.RemoveRange(2, lhs.Length - 2);
                }
                var tokPos = _pos;
                Next();
                var rhs = ParseRhs();
                var assign = NewAssign(lhs, tokPos, tok, [rhs]);
                if (tok == Token.Define)
                {
                    CheckAssignStmt(assign);
                }
                comm = assign;
            }
            else
            {
                // a single receive operation
                if (lhs.Length > 1)
                {
                    ErrorExpected(lhs[0].Pos, "1 expression");
                }
                comm = new ExprStmt(lhs[0].Pos, lhs[0].End, lhs[0]);
            }
        }
        else
        {
            Expect(Token.Default);
        }
        var colon = Expect(Token.Colon);
        var body = ParseStmtList();
        return new CommClause(pos, !body.IsEmpty ? body[^1].End : colon + 1, comm, colon, body);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private SelectStmt ParseSelectStmt()
    {
        var pos = Expect(Token.Select);
        var lbrace = Expect(Token.LBrace);
        var mark = _stmts.Mark;
        while (_tok is Token.Case or Token.Default)
        {
            _stmts.Push(ParseCommClause());
        }
        var list = _stmts.Pop(mark);
        var rbrace = Expect(Token.RBrace);
        ExpectSemi();
        var body = NewBlock(lbrace, list, rbrace);
        return new SelectStmt(pos, body.End, body);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Stmt ParseForStmt()
    {
        var pos = Expect(Token.For);
        Stmt? s1 = null, s2 = null, s3 = null;
        var isRange = false;
        if (_tok != Token.LBrace)
        {
            var prevLev = _exprLev;
            _exprLev = -1;
            if (_tok != Token.Semicolon)
            {
                if (_tok == Token.Range)
                {
                    // "for range x" (no left-hand side)
                    var rangePos = _pos;
                    Next();
                    var rx = ParseRhs();
                    s2 = NewAssign(ImmutableArray<Expr>.Empty, Node.NoPos, Token.Illegal, [new UnaryExpr(rangePos, rx.End, Token.Range, rx)]);
                    isRange = true;
                }
                else
                {
                    (s2, isRange) = ParseSimpleStmt(SimpleMode.RangeOk);
                }
            }
            if (!isRange && _tok == Token.Semicolon)
            {
                Next();
                s1 = s2;
                s2 = null;
                if (_tok != Token.Semicolon)
                {
                    s2 = ParseSimpleStmt(SimpleMode.Basic).Stmt;
                }
                ExpectSemi();
                if (_tok != Token.LBrace)
                {
                    s3 = ParseSimpleStmt(SimpleMode.Basic).Stmt;
                }
            }
            _exprLev = prevLev;
        }

        var body = ParseBlockStmt();
        ExpectSemi();

        if (isRange)
        {
            var assign = (AssignStmt)s2!;
            Expr? key = null, value = null;
            switch (assign.Lhs.Length)
            {
                case 0:
                    break;
                case 1:
                    key = assign.Lhs[0];
                    break;
                case 2:
                    key = assign.Lhs[0];
                    value = assign.Lhs[1];
                    break;
                default:
                    ErrorExpected(assign.Lhs[^1].Pos, "at most 2 expressions");
                    return new BadStmt(pos, SafePos(body.End));
            }
            var range = (UnaryExpr)assign.Rhs[0];
            return new RangeStmt(pos, body.End, key, value, assign.TokPos, assign.Tok, range.Pos, range.X, body);
        }

        return new ForStmt(pos, body.End, s1, MakeExpr(s2, "boolean or range expression"), s3, body);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Stmt ParseStmt()
    {
        IncNestLev();
        Stmt s;
        switch (_tok)
        {
            case Token.Const or Token.Type or Token.Var:
                var decl = ParseGenDecl(_tok);
                s = new DeclStmt(decl.Pos, decl.End, decl);
                break;
            case Token.Ident or Token.Int or Token.Float or Token.Imag or Token.Char or Token.String or Token.Func
                or Token.LParen or Token.LBrack or Token.Struct or Token.Map or Token.Chan or Token.Interface
                or Token.Add or Token.Sub or Token.Mul or Token.And or Token.Xor or Token.Arrow or Token.Not:
                s = ParseSimpleStmt(SimpleMode.LabelOk).Stmt;
                // a labeled statement consumed its own terminator
                if (s is not LabeledStmt)
                {
                    ExpectSemi();
                }
                break;
            case Token.Go:
                s = ParseGoStmt();
                break;
            case Token.Defer:
                s = ParseDeferStmt();
                break;
            case Token.Return:
                s = ParseReturnStmt();
                break;
            case Token.Break or Token.Continue or Token.Goto or Token.Fallthrough:
                s = ParseBranchStmt(_tok);
                break;
            case Token.LBrace:
                s = ParseBlockStmt();
                ExpectSemi();
                break;
            case Token.If:
                s = ParseIfStmt();
                break;
            case Token.Switch:
                s = ParseSwitchStmt();
                break;
            case Token.Select:
                s = ParseSelectStmt();
                break;
            case Token.For:
                s = ParseForStmt();
                break;
            case Token.Semicolon:
                var isImplicit = _lit == "\n";
                s = new EmptyStmt(_pos, isImplicit ? _pos : _pos + 1, isImplicit);
                Next();
                break;
            case Token.RBrace:
                // a semicolon may be omitted before a closing "}"
                s = new EmptyStmt(_pos, _pos, true);
                break;
            default:
                var pos = _pos;
                ErrorExpected(pos, "statement");
                Advance(StmtStart);
                s = new BadStmt(pos, _pos);
                break;
        }
        _nestLev--;
        return s;
    }
}
