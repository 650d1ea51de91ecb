using Strand.Syntax.Ast;
using Xunit;

namespace Strand.Syntax.Tests.Parsing;

/// <summary>In if/for/switch headers a '{' after a type name opens the block, unless parenthesised.</summary>
public sealed class CompositeLiteralAmbiguityTests
{
    [Fact]
    public void NamedTypeBeforeBraceInHeaderIsTheBlock()
    {
        var ifs = Assert.IsType<IfStmt>(ParseHelper.Body("if x == y {\n}")[0]);
        Assert.IsType<Ident>(Assert.IsType<BinaryExpr>(ifs.Cond).Y);
        Assert.Empty(ifs.Body.List);
    }

    [Fact]
    public void ParenthesisedCompositeLiteralInHeader()
    {
        var ifs = Assert.IsType<IfStmt>(ParseHelper.Body("if x == (T{a: 1}) {\n}")[0]);
        var paren = Assert.IsType<ParenExpr>(Assert.IsType<BinaryExpr>(ifs.Cond).Y);
        var lit = Assert.IsType<CompositeLit>(paren.X);
        Assert.IsType<KeyValueExpr>(lit.Elts[0]);
    }

    [Fact]
    public void LiteralTypesOtherThanNamesAreAllowedInHeaders()
    {
        var body = ParseHelper.Body("for _, v := range []int{1, 2} {\n}\nswitch (struct{ a int }{1}) {\n}\nif m := (map[string]int{}); m != nil {\n}");
        Assert.IsType<CompositeLit>(Assert.IsType<RangeStmt>(body[0]).X);
        Assert.IsType<SwitchStmt>(body[1]);
        Assert.IsType<IfStmt>(body[2]);
    }

    [Fact]
    public void InsideCallParenthesesLiteralsAreAllowed()
    {
        var ifs = Assert.IsType<IfStmt>(ParseHelper.Body("if f(T{1}) {\n}")[0]);
        Assert.IsType<CompositeLit>(Assert.IsType<CallExpr>(ifs.Cond).Args[0]);
    }

    [Fact]
    public void UnparenthesisedLiteralInHeaderIsReportedAsGoDoes()
    {
        var errors = ParseHelper.Parse("package p\nfunc f() {\n\tif x := T{1}; x.ok {\n\t}\n}\n").Errors;
        Assert.Equal("3:5: expected boolean expression, found assignment (missing parentheses around composite literal?)",
            $"{errors[0].Line}:{errors[0].Column}: {errors[0].Message}");
    }

    [Fact]
    public void CompositeLiteralShapes()
    {
        var lit = Assert.IsType<CompositeLit>(ParseHelper.Expr("[...]Point{{1, 2}, {X: 3}, 2: {}}"));
        var array = Assert.IsType<ArrayType>(lit.Type);
        Assert.IsType<Ellipsis>(array.Len);
        Assert.Null(Assert.IsType<CompositeLit>(lit.Elts[0]).Type);
        Assert.IsType<KeyValueExpr>(lit.Elts[2]);
        var map = Assert.IsType<CompositeLit>(ParseHelper.Expr("map[string][]int{\"a\": {1}}"));
        Assert.IsType<MapType>(map.Type);
    }
}
