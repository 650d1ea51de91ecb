using System.Text;
using Strand.Syntax.Ast;
using Strand.Syntax.Parsing;
using Xunit;

namespace Strand.Syntax.Tests.Parsing;

internal static class ParseHelper
{
    public static ParseResult Parse(string source) => GoParser.ParseFile("t.go", Encoding.UTF8.GetBytes(source));

    /// <summary>Parses a file that must be free of syntax errors.</summary>
    public static GoFile ParseValid(string source)
    {
        var result = Parse(source);
        Assert.True(result.Errors.IsEmpty, string.Join("\n", result.Errors));
        return result.File;
    }

    /// <summary>The body statements of the first function in <c>package p; func f() { body }</c>.</summary>
    public static IReadOnlyList<Stmt> Body(string body)
    {
        var file = ParseValid("package p\nfunc f() {\n" + body + "\n}\n");
        return ((FuncDecl)file.Decls[0]).Body!.List;
    }

    /// <summary>The expression <c>e</c> in <c>package p; var _ = e</c>.</summary>
    public static Expr Expr(string expr)
    {
        var file = ParseValid("package p\nvar _ = " + expr + "\n");
        return ((ValueSpec)((GenDecl)file.Decls[0]).Specs[0]).Values[0];
    }

    /// <summary>The type spec <c>type ...</c>.</summary>
    public static TypeSpec TypeDecl(string spec)
    {
        var file = ParseValid("package p\ntype " + spec + "\n");
        return (TypeSpec)((GenDecl)file.Decls[0]).Specs[0];
    }

    public static T Single<T>(this IEnumerable<Node> nodes)
        where T : Node => Assert.Single(nodes.OfType<T>());

    public static List<Node> All(Node root)
    {
        var list = new List<Node>();
        AstWalker.Inspect(root, n =>
        {
            list.Add(n);
            return true;
        });
        return list;
    }

    public static string Text(string source, Node n) =>
        Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(source), n.Pos, n.End - n.Pos);
}
