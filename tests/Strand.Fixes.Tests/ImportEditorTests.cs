using System.Text;
using Strand.Fixes.Editing;
using Strand.Syntax.Parsing;

namespace Strand.Fixes.Tests;

public sealed class ImportEditorTests
{
    private static string Ensure(string source, params string[] paths)
    {
        var bytes = Encoding.UTF8.GetBytes(source);
        var document = new SourceDocument("f.go", bytes, GoParser.ParseFile("f.go", bytes).File);
        var (_, edits) = ImportEditor.EnsureAll(document, paths);
        return Encoding.UTF8.GetString(EditApplier.Apply(bytes, edits));
    }

    [Fact]
    public void AddsADeclarationAfterThePackageClause() =>
        Assert.Equal("package p\n\nimport \"time\"\n\nfunc f() {}\n", Ensure("package p\n\nfunc f() {}\n", "time"));

    [Fact]
    public void TurnsASingleImportIntoASortedBlock() =>
        Assert.Equal("package p\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n", Ensure("package p\n\nimport \"fmt\"\n", "time"));

    [Fact]
    public void InsertsInSortedPositionInTheStandardGroup() =>
        Assert.Equal("package p\n\nimport (\n\t\"errors\"\n\t\"fmt\"\n\t\"sync\"\n\t\"time\"\n\n\t\"example.com/x\"\n)\n",
            Ensure("package p\n\nimport (\n\t\"fmt\"\n\t\"time\"\n\n\t\"example.com/x\"\n)\n", "sync", "errors"));

    [Fact]
    public void StartsAStandardGroupWhenThereIsNone() =>
        Assert.Equal("package p\n\nimport (\n\t\"time\"\n\n\t\"example.com/x\"\n)\n",
            Ensure("package p\n\nimport (\n\t\"example.com/x\"\n)\n", "time"));

    [Fact]
    public void LeavesAnExistingImportAlone()
    {
        var source = "package p\n\nimport t \"time\"\n";
        var bytes = Encoding.UTF8.GetBytes(source);
        var document = new SourceDocument("f.go", bytes, GoParser.ParseFile("f.go", bytes).File);
        var (name, edit) = ImportEditor.Ensure(document, "time");
        Assert.Equal("t", name);
        Assert.Null(edit);
    }

    [Fact]
    public void KeepsCrlfLineEndings() =>
        Assert.Equal("package p\r\n\r\nimport (\r\n\t\"fmt\"\r\n\t\"time\"\r\n)\r\n", Ensure("package p\r\n\r\nimport \"fmt\"\r\n", "time"));
}
