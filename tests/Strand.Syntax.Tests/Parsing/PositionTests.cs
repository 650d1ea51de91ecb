using Strand.Syntax.Ast;
using Xunit;

namespace Strand.Syntax.Tests.Parsing;

/// <summary>Pos and End follow go/ast's rules (byte offsets, End exclusive).</summary>
public sealed class PositionTests
{
    private const string Source = "package p\n\nimport m \"math\"\n\nfunc ext(x int) (r int)\n\nfunc (t *T) M(a, b <-chan int, c ...string) error {\n\tfor range ch {\n\t}\n\treturn nil\n}\n\ntype I interface{ Read(p []byte) (int, error) }\n\nvar v = struct{}{}\n";

    private static List<Node> Nodes() => ParseHelper.All(ParseHelper.ParseValid(Source));

    [Fact]
    public void NodeTextsMatchTheSource()
    {
        var nodes = Nodes();
        string Text(Node n) => ParseHelper.Text(Source, n);
        Assert.Equal("m \"math\"", Text(nodes.OfType<ImportSpec>().Single()));
        Assert.Equal("func ext(x int) (r int)", Text(nodes.OfType<FuncDecl>().First())); // no body: ends at the type
        Assert.Equal("<-chan int", Text(nodes.OfType<ChanType>().Single()));
        Assert.Equal("...string", Text(nodes.OfType<Ellipsis>().Single()));
        Assert.Equal("for range ch {\n\t}", Text(nodes.OfType<RangeStmt>().Single()));
        Assert.Equal("return nil", Text(nodes.OfType<ReturnStmt>().Single()));
        Assert.Equal("struct{}{}", Text(nodes.OfType<CompositeLit>().Single()));
        Assert.Equal("var v = struct{}{}", Text(nodes.OfType<GenDecl>().Last()));
    }

    [Fact]
    public void InterfaceMethodTypeStartsAtItsParameters()
    {
        var method = Nodes().OfType<InterfaceType>().Single().Methods.List[0];
        var type = Assert.IsType<FuncType>(method.Type);
        Assert.Equal(Node.NoPos, type.Func);
        Assert.Equal("(p []byte) (int, error)", ParseHelper.Text(Source, type));
    }

    [Fact]
    public void ResultWithoutParenthesesHasAFieldListWithoutDelimiters()
    {
        var m = Nodes().OfType<FuncDecl>().ElementAt(1);
        var results = m.Type.Results!;
        Assert.Equal(Node.NoPos, results.Opening);
        Assert.Equal("error", ParseHelper.Text(Source, results));
    }

    [Fact]
    public void ImplicitEmptyStatementIsZeroWidth()
    {
        var stmt = Assert.IsType<EmptyStmt>(ParseHelper.Body("L:\n")[0] is LabeledStmt l ? l.Stmt : null);
        Assert.True(stmt.Implicit);
        Assert.Equal(stmt.Pos, stmt.End);
    }

    [Fact]
    public void BlockEndsAfterItsBraceAndFileAtItsLastDeclaration()
    {
        var file = ParseHelper.ParseValid(Source);
        var body = ((FuncDecl)file.Decls[2]).Body!;
        Assert.Equal(body.Rbrace + 1, body.End);
        Assert.Equal(file.Decls[^1].End, file.End);
        Assert.Equal(file.Package, file.Pos);
    }

    [Fact]
    public void LineTableGivesGoLineAndColumn()
    {
        var file = ParseHelper.ParseValid(Source);
        var ret = ParseHelper.All(file).OfType<ReturnStmt>().Single();
        var lc = file.Lines.Position(ret.Pos);
        Assert.Equal((10, 2), (lc.Line, lc.Column));
        Assert.Equal(15, file.Lines.LineCount); // a final newline does not start a line, as in go/token
    }

    [Fact]
    public void BasicLitValueIsTheSourceTextAndEndsAfterIt()
    {
        const string source = "package p\nvar s = \"a\\tb\" + `x` + 'c' + 0x_1p-2i\n";
        var lits = ParseHelper.All(ParseHelper.ParseValid(source)).OfType<BasicLit>().ToArray();
        Assert.Equal(["\"a\\tb\"", "`x`", "'c'", "0x_1p-2i"], lits.Select(l => l.Value).ToArray());
        foreach (var lit in lits)
        {
            Assert.Equal(lit.Value, ParseHelper.Text(source, lit));
        }
    }
}
