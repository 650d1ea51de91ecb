using System.Text;
using Xunit;

namespace Strand.Syntax.Tests.Parsing;

/// <summary>
/// Hostile nesting gives go/parser's "exceeded max nesting depth" (or its ordinary error), never a
/// stack overflow. Expected positions are go/parser's on the same inputs.
/// </summary>
public sealed class NestingLimitTests
{
    private static string FirstError(string source)
    {
        var errors = ParseHelper.Parse(source).Errors;
        Assert.NotEmpty(errors);
        return $"{errors[0].Line}:{errors[0].Column}: {errors[0].Message}";
    }

    [Fact]
    public void HundredThousandParentheses() =>
        Assert.Equal("2:100010: exceeded max nesting depth", FirstError("package p\nvar x = " + new string('(', 100_000) + "\n"));

    [Fact]
    public void HundredThousandBrackets() =>
        Assert.Equal("2:50009: exceeded max nesting depth", FirstError("package p\nvar x = " + new string('[', 100_000) + "\n"));

    [Fact]
    public void HundredThousandBlocks() =>
        Assert.Equal("2:100011: exceeded max nesting depth", FirstError("package p\nfunc f() " + new string('{', 100_002) + "\n"));

    [Fact]
    public void HundredThousandLiteralBracesAreNotCountedButDoNotOverflow() =>
        Assert.Equal("2:100016: expected '}', found 'EOF'", FirstError("package p\nvar x = []int{" + new string('{', 100_000) + "\n"));

    [Fact]
    public void DeepButAllowedNestingParsesFully()
    {
        var depth = 99_990;
        var source = "package p\nvar x = " + new string('(', depth) + "1" + new string(')', depth) + "\n";
        var result = ParseHelper.Parse(source);
        Assert.Empty(result.Errors);
        var node = ((Strand.Syntax.Ast.ValueSpec)((Strand.Syntax.Ast.GenDecl)result.File.Decls[0]).Specs[0]).Values[0];
        Assert.Equal(depth + 1, ParseHelper.All(node).Count); // the walker is iterative too
    }

    [Fact]
    public void LongUnaryAndPointerChains()
    {
        Assert.Equal("2:100007: exceeded max nesting depth", FirstError("package p\nvar x " + new string('*', 100_001) + "int\n"));
        var selectors = new StringBuilder("package p\nvar x = a");
        for (var i = 0; i < 100_001; i++)
        {
            selectors.Append("[0]");
        }
        Assert.Equal("2:300003: exceeded max nesting depth", FirstError(selectors.Append('\n').ToString()));
    }
}
