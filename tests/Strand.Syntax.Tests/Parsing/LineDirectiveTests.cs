using System.Text;
using Strand.Syntax.Parsing;
using Xunit;

namespace Strand.Syntax.Tests.Parsing;

/// <summary>
/// //line and /*line directives move reported error positions and comment grouping as in go/token;
/// node offsets stay raw. Expectations are go/parser's (Go 1.19) on the same inputs.
/// </summary>
public sealed class LineDirectiveTests
{
    private static string[] Errors(string source) =>
        GoParser.ParseFile("/tmp/ld/c.go", Encoding.UTF8.GetBytes(source)).Errors.Select(e => e.ToString()).ToArray();

    [Fact]
    public void ErrorsAreReportedAtDirectivePositions()
    {
        const string source = "package p\nvar z = 0\n//line x.go:0\nvar a = 1\n//line x.go:5:0\n//line x.go:abc\n/*line y.go:7:3*/ var b = (\n//line ../q/z.go:9\nvar c = )\n//line /abs/./w.go:3:4\nvar d = ]\n  //line notatstart.go:4\nvar e = ]\n";
        Assert.Equal(
            [
                "/abs/w.go:3:12: expected operand, found ']'",
                "/abs/w.go:5:1: expected ';', found 'var'",
                "/tmp/ld/c.go:3:13: invalid line number: 0",
                "/tmp/ld/c.go:5:15: invalid column number: 0",
                "/tmp/ld/c.go:6:13: invalid line number: abc",
                "/tmp/q/z.go:9: expected operand, found 'var'",
            ],
            Errors(source));
    }

    [Fact]
    public void EmptyFileNameKeepsOnlyTheLine() =>
        Assert.Equal(["8: expected operand, found '}'"], Errors("package p\n\nvar y = 2 // c4\n//line :7\n\nfunc f() { x := 1 +  }\n"));

    [Fact]
    public void LineAndColumnStayPhysicalWhileReportedFollowsTheDirective()
    {
        var error = Assert.Single(GoParser.ParseFile("/tmp/ld/c.go", Encoding.UTF8.GetBytes("package p\n//line z.go:50\nvar x = (\n")).Errors);
        Assert.Equal((3, 11), (error.Line, error.Column));
        Assert.Equal(new ReportedPosition("/tmp/ld/z.go", 50, 0), error.Reported);
        Assert.Equal("/tmp/ld/z.go:50: expected operand, found 'EOF'", error.ToString());
    }

    [Fact]
    public void CommentGroupsFollowAdjustedLines()
    {
        // After "//line foo.go:100" the next comment is on line 100, so it starts a new group.
        var file = ParseHelper.ParseValid("package p\n\n//line foo.go:100\n// next comment\nvar x = 1\n");
        Assert.Equal(2, file.Comments.Length);
        Assert.Equal("// next comment", Assert.Single(((Strand.Syntax.Ast.GenDecl)file.Decls[0]).Doc!.List).Text);
    }
}
