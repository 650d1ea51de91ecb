using Strand.Syntax.Ast;
using Xunit;

namespace Strand.Syntax.Tests.Parsing;

public sealed class AstWalkerTests
{
    [Fact]
    public void InspectIsPreOrderInSourceOrder()
    {
        var file = ParseHelper.ParseValid("package p\nfunc f(a int) { g(a, 1) }\n");
        var names = new List<string>();
        AstWalker.Inspect(file, n =>
        {
            names.Add(n is Ident id ? "Ident:" + id.Name : n.GetType().Name);
            return true;
        });
        Assert.Equal(
            [
                "GoFile", "Ident:p", "FuncDecl", "Ident:f", "FuncType", "FieldList", "Field", "Ident:a", "Ident:int",
                "BlockStmt", "ExprStmt", "CallExpr", "Ident:g", "Ident:a", "BasicLit",
            ],
            names);
    }

    [Fact]
    public void ReturningFalseSkipsChildren()
    {
        var file = ParseHelper.ParseValid("package p\nfunc f() { g() }\nvar v = h()\n");
        var calls = new List<Node>();
        AstWalker.Inspect(file, n =>
        {
            if (n is CallExpr)
            {
                calls.Add(n);
            }
            return n is not FuncDecl;
        });
        Assert.Single(calls); // only h(): f's body was skipped
    }

    [Fact]
    public void ChildrenListsDirectChildren()
    {
        var expr = ParseHelper.Expr("a + b*c");
        var children = AstWalker.Children(expr).ToArray();
        Assert.Equal(2, children.Length);
        Assert.IsType<Ident>(children[0]);
        Assert.IsType<BinaryExpr>(children[1]);
    }
}
