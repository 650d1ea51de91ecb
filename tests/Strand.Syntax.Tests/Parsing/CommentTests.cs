using Strand.Syntax.Ast;
using Xunit;

namespace Strand.Syntax.Tests.Parsing;

public sealed class CommentTests
{
    private const string Source = """
        // Package p is documented.
        package p

        // A group of its own.

        // Doc of T.
        type T struct {
        	// Doc of A.
        	A int // line comment of A
        	B int
        }

        var (
        	// Doc of x.
        	x = 1 // x's line comment
        )

        // Doc of f,
        // two lines.
        func f() {
        	// inside
        	ch <- 1 // want "blocks"
        }
        /* trailing */
        """;

    private static GoFile File() => ParseHelper.ParseValid(Source.Replace("\r\n", "\n"));

    [Fact]
    public void EveryCommentIsKeptInGroups()
    {
        var file = File();
        var texts = file.Comments.Select(g => string.Join("|", g.List.Select(c => c.Text))).ToArray();
        Assert.Equal(
            [
                "// Package p is documented.", "// A group of its own.", "// Doc of T.", "// Doc of A.",
                "// line comment of A", "// Doc of x.", "// x's line comment", "// Doc of f,|// two lines.",
                "// inside", "// want \"blocks\"", "/* trailing */",
            ],
            texts);
    }

    [Fact]
    public void DocAndLineCommentsAreAttachedAsGoParserDoes()
    {
        var file = File();
        Assert.Equal("// Package p is documented.", file.Doc!.List[0].Text);
        var typeDecl = (GenDecl)file.Decls[0];
        Assert.Equal("// Doc of T.", typeDecl.Doc!.List[0].Text);
        var fields = ((StructType)((TypeSpec)typeDecl.Specs[0]).Type).Fields.List;
        Assert.Equal("// Doc of A.", fields[0].Doc!.List[0].Text);
        Assert.Equal("// line comment of A", fields[0].Comment!.List[0].Text);
        Assert.Null(fields[1].Doc);
        var varSpec = (ValueSpec)((GenDecl)file.Decls[1]).Specs[0];
        Assert.Equal("// Doc of x.", varSpec.Doc!.List[0].Text);
        Assert.Equal("// x's line comment", varSpec.Comment!.List[0].Text);
        var f = (FuncDecl)file.Decls[2];
        Assert.Equal(2, f.Doc!.List.Length);
    }

    [Fact]
    public void CommentPositionsCoverTheirText()
    {
        var source = Source.Replace("\r\n", "\n");
        foreach (var group in File().Comments)
        {
            foreach (var c in group.List)
            {
                Assert.Equal(c.Text, ParseHelper.Text(source, c));
            }
        }
    }

    [Fact]
    public void DirectivesAndBuildLinesAreComments()
    {
        var file = ParseHelper.ParseValid("//go:build linux && !race\n\n// Package p.\npackage p\n\n//go:noinline\nfunc f() {}\n");
        Assert.Equal("//go:build linux && !race", file.Comments[0].List[0].Text);
        Assert.Equal("// Package p.", file.Doc!.List[0].Text);
        Assert.Equal("//go:noinline", ((FuncDecl)file.Decls[0]).Doc!.List[0].Text);
    }
}
