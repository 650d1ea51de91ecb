using Xunit;

namespace Strand.Syntax.Tests.Parsing;

/// <summary>
/// Syntax errors with go/parser's texts and positions. Every expectation below was produced by
/// go/parser (Go 1.19, ParseComments mode) on the same input.
/// </summary>
public sealed class ErrorMessageTests
{
    [Theory]
    [InlineData("package p\n\nfunc f() {\n\tx := 1 +\n}\n\nfunc g() int { return 2 }\n", "5:1: expected operand, found '}'")] // go/parser adds 7:16 "expected ';'" as it loses g; Strand keeps g
    [InlineData("package p\n\nfunc f() {\n\tif x := T{1}; x.ok {\n\t}\n}\n", "4:5: expected boolean expression, found assignment (missing parentheses around composite literal?)")]
    [InlineData("package p\n\nfunc f() {\n\tfor x := range T{1, 2} {\n\t}\n}\n", "4:19: expected 1 expression|6:1: expected declaration, found '}'")] // go/parser's 2nd: 6:3 expected '}', found 'EOF'
    [InlineData("package p\n\nfunc f() {\n\tgo g\n}\n", "4:6: function must be invoked in go statement")]
    [InlineData("package p\n\nfunc f() {\n\tdefer (g)\n}\n", "4:11: function must be invoked in defer statement")]
    [InlineData("package p\n\nvar x = []int{1, 2\n}\n", "3:19: missing ',' before newline in composite literal")]
    [InlineData("package p\n\nfunc f(a int, b) {}\n", "3:8: mixed named and unnamed parameters")]
    [InlineData("package p\n\nfunc f[]() {}\n", "3:8: empty type parameter list")]
    [InlineData("package p\n\nfunc (r T) m[P any]() {}\n", "3:13: method must have no type parameters")]
    [InlineData("package p\n\nvar s = x[1:2:]\n", "3:14: 3rd index required in 3-index slice")]
    [InlineData("package p\n\nfunc f() {\n\tif {\n\t}\n}\n", "4:5: missing condition in if statement")]
    [InlineData("package p\n\nfunc f()\n{\n}\n", "4:1: unexpected semicolon or newline before {")]
    [InlineData("package p\nvar x = \"abc\n", "2:9: string literal not terminated")]
    [InlineData("package p\nvar x = `abc", "2:9: raw string literal not terminated")]
    [InlineData("package p\n/* abc", "2:1: comment not terminated")]
    [InlineData("package p\nvar x = 'ab'\n", "2:9: illegal rune literal")]
    [InlineData("package p\nvar x = 0x\nvar y = 09\nvar z = 1__0\n", "2:11: hexadecimal literal has no digits|3:10: invalid digit '9' in octal literal|4:11: '_' must separate successive digits")]
    [InlineData("package p\nvar x = 1 @ 2\n", "2:11: illegal character U+0040 '@'")]
    [InlineData("package p\nvar x = \"a\0b\"\n", "2:11: illegal character NUL")]
    [InlineData("package p\nvar x = 1\uFEFF\n", "2:10: illegal byte order mark")]
    [InlineData("\uFEFFpackage p\nvar x = 1\n", "")]
    [InlineData("package p\nvar x = \"\\q\"\n", "2:11: unknown escape sequence")]
    [InlineData("package p\nimport \"a b\"\n", "2:8: invalid import path: \"a b\"")]
    [InlineData("package p\nfunc f() {\n\tswitch x = y.(type) {\n\t}\n}\n", "3:11: expected ':=', found '='")]
    [InlineData("pkg p\n", "1:1: expected 'package', found pkg")]
    [InlineData("package p\nfunc f() {\n\tL: x := 1\n\ta, b := 1\n\t1 := 2\n}\n", "5:2: expected identifier on left side of :=")]
    [InlineData("package p\nfunc f() {\n\tx.\n}\n", "4:1: expected selector or type assertion, found '}'")]
    [InlineData("package p\ntype T[P] int\ntype U[P *C] int\nfunc f() { _ = [...]int }\n", "4:16: expected expression")]
    [InlineData("package p\nfunc f() {\n\tfor a, b, c := range x {}\n}\n", "3:12: expected at most 2 expressions")]
    [InlineData("package p\nvar (x = 0b12; y = 0o8; z = 1.5e; w = 0x1.8; v = 0b1.0)\n", "2:13: invalid digit '2' in binary literal|2:22: invalid digit '8' in octal literal|2:33: exponent has no digits|2:44: hexadecimal mantissa requires a 'p' exponent|2:53: invalid radix point in binary literal")]
    [InlineData("package p\nfunc f() {\n\tvar x = 1; if var y = 2; y {}\n}\n", "3:20: var declaration not allowed in 'IF' initializer")]
    [InlineData("package p\r\nvar x = `a\r\nb`\r\nfunc f() {\r\n}\r\n", "")]
    [InlineData("package p\n\nvar x = f(a b)\n", "3:13: missing ',' in argument list")]
    [InlineData("package p\n\nfunc f() {\n\tx := 1\n\tif x {\n\t} else for {}\n}\n", "6:9: expected if statement or block, found 'for'")]
    [InlineData("package p\n\nfunc f() {\n\tx + 1 = 2\n\tfoo: bar:\n}\n", "")]
    [InlineData("package p\n\nfunc f() {\n\ta, b\n}\n", "4:2: expected 1 expression")]
    [InlineData("package p\n\nvar x = struct{ a int }{1}.a.\n", "3:31: expected selector or type assertion, found 'EOF'")]
    [InlineData("package p\n\nfunc f() { L: }\n", "")]
    [InlineData("package p\n\nfunc f() { x.y: }\n", "3:15: illegal label declaration")]
    [InlineData("package p\n\ntype I interface { m[T any]() }\n", "3:21: interface method must have no type parameters")]
    [InlineData("package p\n\nfunc f[P any, Q]() {}\n", "3:15: all type parameters must be named")]
    [InlineData("package p\n\nvar f func[T any]()\n", "3:11: function type must have no type parameters")]
    [InlineData("package p\n\nvar x = [...]int\n", "3:9: expected expression")]
    [InlineData("package p\n\nvar x = ([...]int)(y)\n", "3:11: expected array length, found '...'")]
    [InlineData("package p\n\nvar x = (T){}\n", "3:10: cannot parenthesize type in composite literal")]
    [InlineData("package p\n\nconst c\n", "3:7: missing constant value")]
    [InlineData("package p\n\nvar v\n", "3:5: missing variable type or initialization")]
    [InlineData("package p\n\nfunc f() { <-chan int(x) }\n", "")]
    [InlineData("package p\n\nvar x = <-<-chan int\n", "3:11: expected 'chan'")]
    [InlineData("package p\n\nvar x = <-chan<- int(nil)\n", "")]
    [InlineData("package p\n\nx := 1\n", "3:1: expected declaration, found x")]
    [InlineData("package p\n\nimport \"fmt\"\nfunc f() {}\nimport \"os\"\n", "5:1: expected declaration, found 'import'")]
    [InlineData("package p\n\nfunc f() {\n\tswitch x := 1 {\n\t}\n}\n", "4:9: expected switch expression, found assignment (missing parentheses around composite literal?)")]
    [InlineData("package p\n\nfunc f() {\n\tfor i := 0; i < 10; i++ }\n", "4:26: expected '{', found '}'")]
    [InlineData("package p\n\nfunc f() {\n\tselect {\n\tcase a, b, c := <-ch:\n\t}\n}\n", "5:7: expected 1 or 2 expressions")]
    [InlineData("package p\n\nfunc f() {\n\tif x\n\t{\n\t}\n}\n", "4:6: unexpected newline, expecting { after if clause")]
    public void ErrorsMatchGoParser(string source, string expected)
    {
        var errors = ParseHelper.Parse(source).Errors.Select(e => $"{e.Line}:{e.Column}: {e.Message}");
        Assert.Equal(expected, string.Join("|", errors));
    }

    [Fact]
    public void ErrorsFormatAsPathLineColumnMessage()
    {
        var error = Assert.Single(ParseHelper.Parse("package p\nvar x = 1 @ 2\n").Errors);
        Assert.Equal("t.go:2:11: illegal character U+0040 '@'", error.ToString());
        Assert.Equal(20, error.Offset);
    }

    [Fact]
    public void AtMostOneParserErrorPerLineAndErrorsAreSorted()
    {
        var errors = ParseHelper.Parse("package p\nfunc f() { a b c d e f }\nfunc g() { a b c d }\n").Errors;
        Assert.Equal(errors.Length, errors.Select(e => e.Line).Distinct().Count());
        Assert.Equal(errors.OrderBy(e => e.Offset).ToArray(), errors.ToArray());
    }

    [Fact]
    public void MissingFileIsAnErrorAtOneOne()
    {
        var result = Strand.Syntax.Parsing.GoParser.ParseFile(Path.Combine(Path.GetTempPath(), "strand-no-such-dir", "x.go"));
        var error = Assert.Single(result.Errors);
        Assert.Equal((1, 1), (error.Line, error.Column));
        Assert.Empty(result.File.Decls);
    }
}
