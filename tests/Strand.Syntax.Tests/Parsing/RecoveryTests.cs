using Strand.Syntax.Ast;
using Strand.Syntax.Tokens;
using Xunit;

namespace Strand.Syntax.Tests.Parsing;

/// <summary>
/// Broken shapes followed by two good declarations: the first error must be go/parser's (hard-coded from
/// tests/GoAstDump -errors, Go 1.19; where a scanner error and a parser error share a position, go/parser
/// without AllErrors keeps the scanner's, as Strand does) and the declarations listed as survivors must come out whole.
/// Each case is <c>package p</c>, a blank line, the broken part, then <see cref="Tail"/>.
/// </summary>
public sealed class RecoveryTests
{
    private const string Tail = "\nfunc fine() {\n\twork()\n}\n\ntype After int\n";

    // name, broken part, go/parser's first error (line:col: message), declarations that must survive
    public static readonly TheoryData<string, string, string, string> Cases = new()
    {
        { "assign_twice", "func broken() {\n\tx = = 1\n}\n", "4:6: expected operand, found '='", "fine,After" },
        { "bad_label", "func broken() {\n\tL: :\n}\n", "4:5: expected statement, found ':'", "fine,After" },
        { "broken_composite_literal", "func broken() {\n\tx := []int{1, 2,, 3}\n}\n", "4:18: expected operand, found ','", "fine,After" },
        { "broken_for_header", "func broken() {\n\tfor i := 0; i < ; i++ {\n\t}\n}\n", "4:18: expected operand, found ';'", "fine,After" },
        { "broken_go_stmt", "func broken() {\n\tgo f\n}\n", "4:6: function must be invoked in go statement", "fine,After" },
        { "broken_if_header", "func broken() {\n\tif x := ; {\n\t}\n}\n", "4:10: expected operand, found ';'", "fine,After" },
        { "broken_import", "import (\n\t\"fmt\n", "4:2: string literal not terminated", "fine,After" },
        { "broken_method_call_chain", "func broken() {\n\tx.(.y)\n}\n", "4:5: expected type, found '.'", "fine,After" },
        { "broken_select_case", "func broken() {\n\tselect {\n\tcase x := :\n\t}\n}\n", "5:12: expected operand, found ':'", "fine,After" },
        { "broken_switch_header", "func broken() {\n\tswitch x := {\n\tcase 1:\n\t}\n}\n", "4:9: expected switch expression, found assignment (missing parentheses around composite literal?)", "fine,After" },
        { "broken_type_decl", "type Broken struct {\n\ta int b\n", "4:8: expected ';', found b", "fine,After" },
        { "broken_var_decl", "var broken = 1 + * 2 ]\n", "3:22: expected ';', found ']'", "fine,After" },
        { "composite_missing_rbrace", "func broken() {\n\tx := T{a: 1,\n}\n", "7:1: expected expression", "After" },
        { "extra_rbrace", "func broken() {\n\tf()\n}\n}\n", "6:1: expected declaration, found '}'", "fine,After" },
        { "for_missing_brace", "func broken() {\n\tfor i := range xs\n\t\tf(i)\n}\n", "4:19: expected '{', found newline", "fine,After" },
        { "func_inside_unclosed_body", "func broken() {\n\tf()\n\n", "7:1: expected expression", "After" },
        { "if_without_cond", "func broken() {\n\tif {\n\t}\n}\n", "4:5: missing condition in if statement", "fine,After" },
        { "missing_rbrace_after_error", "func broken() {\n\tx := := 1\n", "4:7: expected operand, found ':='", "fine,After" },
        { "missing_rbrace_end", "func broken() {\n\tf()\n", "6:1: expected expression", "After" },
        { "missing_rbrack_index", "func broken() {\n\tx := a[1\n}\n", "4:10: expected ']', found newline", "fine,After" },
        { "missing_rparen_call", "func broken() {\n\tf(1, 2\n\tg()\n}\n", "4:8: missing ',' before newline in argument list", "fine,After" },
        { "open_paren_expr", "func broken() {\n\tx := (1 +\n}\n", "5:1: expected operand, found '}'", "fine,After" },
        { "return_two", "func broken() int {\n\treturn 1 2\n}\n", "4:11: expected ';', found 2", "fine,After" },
        { "select_no_brace", "func broken() {\n\tselect\n\tcase <-ch:\n}\n", "5:2: expected '{', found 'case'", "fine,After" },
        { "stray_keyword_expr", "func broken() {\n\tx := chan\n}\n", "4:7: expected expression", "fine,After" },
        { "stray_rbrack", "func broken() {\n\tx := a]\n}\n", "4:8: expected ';', found ']'", "fine,After" },
        { "stray_rparen", "func broken() {\n\tf())\n}\n", "4:5: expected statement, found ')'", "fine,After" },
        { "stray_token_in_body", "func broken() {\n\t@\n\tf()\n}\n", "4:2: illegal character U+0040 '@'", "fine,After" },
        { "unterminated_comment", "func broken() {\n\t/* never closed\n}\n", "4:2: comment not terminated", "" },
        { "unterminated_raw_string", "func broken() {\n\ts := `abc\n}\n", "4:7: raw string literal not terminated", "" },
        { "unterminated_string", "func broken() {\n\ts := \"abc\n}\n", "4:7: string literal not terminated", "fine,After" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void LaterDeclarationsSurviveAndTheFirstErrorIsGos(string name, string broken, string firstError, string survivors)
    {
        var result = ParseHelper.Parse("package p\n\n" + broken + Tail);
        Assert.False(result.Errors.IsEmpty, name);
        var first = result.Errors[0];
        Assert.Equal(firstError, $"{first.Line}:{first.Column}: {first.Message}");
        foreach (var survivor in survivors.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            AssertSurvives(result.File, survivor);
        }
    }

    [Fact]
    public void ValidFileIsUntouchedByTheFence()
    {
        // var/type/func at column 1 inside a body are ordinary statements while no error was reported.
        var file = ParseHelper.ParseValid("package p\nfunc f() {\nvar x = 1\ntype T int\n_ = x\n_ = func() {\n}\n}\n");
        Assert.Single(file.Decls);
    }

    [Fact]
    public void FenceOnlyClosesTheDeclarationThatHadAnError()
    {
        var result = ParseHelper.Parse("package p\n\nfunc a() {\nvar ok = 1\n_ = ok\n}\n\nfunc b() {\n\tx = = 1\n\nfunc c() {\n\twork()\n}\n");
        var names = result.File.Decls.OfType<FuncDecl>().Select(f => f.Name.Name).ToArray();
        Assert.Equal(["a", "b", "c"], names);
        Assert.Equal(2, ((FuncDecl)result.File.Decls[0]).Body!.List.Length);
        Assert.Equal("9:6: expected operand, found '='", $"{result.Errors[0].Line}:{result.Errors[0].Column}: {result.Errors[0].Message}");
    }

    [Fact]
    public void ErrorAtTheFenceNamesTheDeclarationKeyword()
    {
        var result = ParseHelper.Parse("package p\nfunc b() {\n\tx = = 1\n\nfunc c() {}\n");
        Assert.Contains(result.Errors, e => e.Line == 5 && e.Message.Contains("found 'func'", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Errors, e => e.Message.Contains("EOF", StringComparison.Ordinal));
    }

    [Fact]
    public void StatementsOnLaterLinesOfTheBrokenFunctionSurvive()
    {
        // go/parser skips to the next keyword and loses mu.Lock() and ch <- v; Strand stops at the line start.
        var result = ParseHelper.Parse("package p\nfunc f() {\n\tx = = 1\n\tmu.Lock()\n\tch <- v\n\treturn\n}\n");
        Assert.Equal("3:6: expected operand, found '='", $"{result.Errors[0].Line}:{result.Errors[0].Column}: {result.Errors[0].Message}");
        var body = ((FuncDecl)Assert.Single(result.File.Decls)).Body!;
        Assert.Contains(body.List, s => s is ExprStmt { X: CallExpr });
        Assert.Contains(body.List, s => s is SendStmt);
        Assert.Contains(body.List, s => s is ReturnStmt);
        Assert.NotEqual(Strand.Syntax.Ast.Node.NoPos, body.Rbrace);
    }

    [Fact]
    public void ClosingBraceOnItsOwnLineEndsTheBrokenBlock()
    {
        var result = ParseHelper.Parse("package p\nfunc f() {\n\tif x {\n\t\ty := (1 +\n\t}\n\twg.Wait()\n}\n");
        Assert.Equal("5:2: expected operand, found '}'", $"{result.Errors[0].Line}:{result.Errors[0].Column}: {result.Errors[0].Message}");
        var body = ((FuncDecl)Assert.Single(result.File.Decls)).Body!;
        Assert.IsType<IfStmt>(body.List[0]);
        Assert.Contains(body.List, s => s is ExprStmt { X: CallExpr { Fun: SelectorExpr { Sel.Name: "Wait" } } });
    }

    private static void AssertSurvives(GoFile file, string name)
    {
        if (name == "fine")
        {
            var fine = file.Decls.OfType<FuncDecl>().SingleOrDefault(f => f.Name.Name == "fine");
            Assert.True(fine is not null, "func fine() was lost");
            var stmt = Assert.Single(fine.Body!.List);
            var call = Assert.IsType<CallExpr>(Assert.IsType<ExprStmt>(stmt).X);
            Assert.Equal("work", Assert.IsType<Ident>(call.Fun).Name);
            Assert.NotEqual(Strand.Syntax.Ast.Node.NoPos, fine.Body.Rbrace);
            return;
        }
        var spec = file.Decls.OfType<GenDecl>().Where(d => d.Tok == Token.Type)
            .SelectMany(d => d.Specs).OfType<TypeSpec>().SingleOrDefault(s => s.Name.Name == name);
        Assert.True(spec is not null, $"type {name} was lost");
        Assert.Equal("int", Assert.IsType<Ident>(spec.Type).Name);
    }
}
