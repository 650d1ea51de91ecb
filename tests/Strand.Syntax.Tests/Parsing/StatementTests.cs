using Strand.Syntax.Ast;
using Strand.Syntax.Tokens;
using Xunit;

namespace Strand.Syntax.Tests.Parsing;

public sealed class StatementTests
{
    [Fact]
    public void RangeOverIntegerWithAndWithoutVariables()
    {
        var body = ParseHelper.Body("for i := range 10 {}\nfor range n {}");
        var withKey = Assert.IsType<RangeStmt>(body[0]);
        Assert.Equal("i", Assert.IsType<Ident>(withKey.Key).Name);
        Assert.Equal(Token.Define, withKey.Tok);
        Assert.IsType<BasicLit>(withKey.X);
        var bare = Assert.IsType<RangeStmt>(body[1]);
        Assert.Null(bare.Key);
        Assert.Equal(Token.Illegal, bare.Tok);
        Assert.Equal(Node.NoPos, bare.TokPos);
    }

    [Fact]
    public void RangeOverFunctionAndAssignmentForm()
    {
        var body = ParseHelper.Body("for k, v := range maps.All(m) {}\nfor k, v = range seq {}");
        var first = Assert.IsType<RangeStmt>(body[0]);
        Assert.IsType<CallExpr>(first.X);
        Assert.NotNull(first.Value);
        Assert.Equal(Token.Assign, Assert.IsType<RangeStmt>(body[1]).Tok);
    }

    [Fact]
    public void LabelsGotoBreakContinueFallthrough()
    {
        var body = ParseHelper.Body("outer:\nfor {\n\tswitch {\n\tcase true:\n\t\tfallthrough\n\tdefault:\n\t\tbreak outer\n\t}\n\tcontinue outer\n}\ngoto outer");
        var labeled = Assert.IsType<LabeledStmt>(body[0]);
        Assert.Equal("outer", labeled.Label.Name);
        var loop = Assert.IsType<ForStmt>(labeled.Stmt);
        var sw = Assert.IsType<SwitchStmt>(loop.Body.List[0]);
        var cases = sw.Body.List.Cast<CaseClause>().ToArray();
        Assert.Equal(Token.Fallthrough, Assert.IsType<BranchStmt>(cases[0].Body[0]).Tok);
        Assert.True(cases[1].IsDefault);
        Assert.Equal("outer", Assert.IsType<BranchStmt>(cases[1].Body[0]).Label!.Name);
        Assert.Equal(Token.Continue, Assert.IsType<BranchStmt>(loop.Body.List[1]).Tok);
        Assert.Equal(Token.Goto, Assert.IsType<BranchStmt>(body[1]).Tok);
    }

    [Fact]
    public void SelectWithSendReceiveAndDefault()
    {
        var body = ParseHelper.Body("select {\ncase ch <- 1:\ncase v, ok := <-in:\n\t_ = v\ncase <-done:\ndefault:\n}");
        var clauses = Assert.IsType<SelectStmt>(body[0]).Body.List.Cast<CommClause>().ToArray();
        Assert.IsType<SendStmt>(clauses[0].Comm);
        var recv = Assert.IsType<AssignStmt>(clauses[1].Comm);
        Assert.Equal(2, recv.Lhs.Length);
        Assert.Equal(Token.Arrow, Assert.IsType<UnaryExpr>(recv.Rhs[0]).Op);
        Assert.IsType<ExprStmt>(clauses[2].Comm);
        Assert.Null(clauses[3].Comm);
    }

    [Fact]
    public void TypeSwitchWithAndWithoutBinding()
    {
        var body = ParseHelper.Body("switch v := x.(type) {\ncase int, string:\ncase nil:\n}\nswitch x.(type) {}");
        var ts = Assert.IsType<TypeSwitchStmt>(body[0]);
        var assign = Assert.IsType<AssignStmt>(ts.Assign);
        Assert.Null(Assert.IsType<TypeAssertExpr>(assign.Rhs[0]).Type);
        Assert.Equal(2, ((CaseClause)ts.Body.List[0]).List.Length);
        Assert.IsType<ExprStmt>(Assert.IsType<TypeSwitchStmt>(body[1]).Assign);
    }

    [Fact]
    public void GoAndDeferHoldCalls()
    {
        var body = ParseHelper.Body("go func() { ch <- 1 }()\ndefer mu.Unlock()\ngo worker[int](ch)");
        Assert.IsType<FuncLit>(Assert.IsType<GoStmt>(body[0]).Call.Fun);
        Assert.IsType<SelectorExpr>(Assert.IsType<DeferStmt>(body[1]).Call.Fun);
        Assert.IsType<IndexExpr>(Assert.IsType<GoStmt>(body[2]).Call.Fun);
    }

    [Fact]
    public void SimpleStatementsOfEveryForm()
    {
        var body = ParseHelper.Body("x++\ny--\nch <- v\na, b = b, a\nc := 1\nd += 2\ne &^= 3\nf()\nvar g int\nconst h = 1\ntype T int\n;");
        Assert.Equal(Token.Inc, Assert.IsType<IncDecStmt>(body[0]).Tok);
        Assert.Equal(Token.Dec, Assert.IsType<IncDecStmt>(body[1]).Tok);
        Assert.IsType<SendStmt>(body[2]);
        Assert.Equal(2, Assert.IsType<AssignStmt>(body[3]).Lhs.Length);
        Assert.Equal(Token.Define, Assert.IsType<AssignStmt>(body[4]).Tok);
        Assert.Equal(Token.AddAssign, Assert.IsType<AssignStmt>(body[5]).Tok);
        Assert.Equal(Token.AndNotAssign, Assert.IsType<AssignStmt>(body[6]).Tok);
        Assert.IsType<ExprStmt>(body[7]);
        Assert.Equal(Token.Var, Assert.IsType<DeclStmt>(body[8]).Decl.Tok);
        Assert.Equal(Token.Const, Assert.IsType<DeclStmt>(body[9]).Decl.Tok);
        Assert.Equal(Token.Type, Assert.IsType<DeclStmt>(body[10]).Decl.Tok);
        Assert.False(Assert.IsType<EmptyStmt>(body[11]).Implicit);
    }

    [Fact]
    public void IfElseChainsAndForClauses()
    {
        var body = ParseHelper.Body("if err := f(); err != nil {\n} else if x {\n} else {\n}\nfor i := 0; i < n; i++ {}\nfor cond {}\nfor {}");
        var ifs = Assert.IsType<IfStmt>(body[0]);
        Assert.IsType<AssignStmt>(ifs.Init);
        var elseIf = Assert.IsType<IfStmt>(ifs.Else);
        Assert.IsType<BlockStmt>(elseIf.Else);
        var full = Assert.IsType<ForStmt>(body[1]);
        Assert.NotNull(full.Init);
        Assert.NotNull(full.Cond);
        Assert.NotNull(full.Post);
        Assert.Null(Assert.IsType<ForStmt>(body[3]).Cond);
    }
}
