using System.Text;
using Strand.Semantics.Tests.Support;
using Xunit;

namespace Strand.Semantics.Tests;

/// <summary>
/// Loads of one session share checked imports: a package is reused only when its files, its imports
/// and the way it was loaded are the same (test files' methods included, as the first load saw them).
/// </summary>
public sealed class LoadCacheTests
{
    private static Snippet Module() => Snippet.LoadFiles(
        ("go.mod", "module example.com/m\n\ngo 1.22\n"),
        ("a/a.go", "package a\n\ntype Box struct{ ch chan int }\n\nfunc (b *Box) Put(v int) { b.ch <- v }\n\nfunc New() *Box { return &Box{ch: make(chan int)} }\n"),
        ("b/b.go", "package b\n\nimport \"example.com/m/a\"\n\nfunc Fill() *a.Box { x := a.New(); x.Put(1); return x }\n"),
        ("c/c.go", "package c\n\ntype Gate struct{}\n\nfunc (g *Gate) Open() {}\n"),
        ("c/export_test.go", "package c\n\nfunc (g *Gate) Peek() bool { return true }\n"),
        ("main/main.go", "package main\n\nimport (\n\t\"example.com/m/b\"\n\t\"example.com/m/c\"\n)\n\nfunc main() {\n\tb.Fill()\n\tvar g c.Gate\n\tg.Open()\n}\n"));

    private static byte[] EditedMain(Snippet s) =>
        Encoding.UTF8.GetBytes(File.ReadAllText(Path.Combine(s.Dir, "main", "main.go")).Replace("g.Open()", "g.Open()\n\tg.Open()", StringComparison.Ordinal));

    private static GoPackage Package(GoProgram program, string importPath) =>
        program.Packages.Single(p => p.ImportPath == importPath && p.Kind == PackageKind.Library);

    [Fact]
    public void AReanalysisWithAnEditReusesTheUnchangedImports()
    {
        using var s = Module();
        var cache = new LoadCache();
        var main = s.Dir + "/main";
        var first = ProgramLoader.Load([main], cache: cache);
        var edited = ProgramLoader.Load([main], new Dictionary<string, byte[]> { [main + "/main.go"] = EditedMain(s) }, cache);

        Assert.Equal(3, edited.ReusedPackages); // a, b, c: main itself has the edit
        Assert.Same(Package(first, "example.com/m/a"), Package(edited, "example.com/m/a"));
        Assert.Same(Package(first, "example.com/m/b"), Package(edited, "example.com/m/b"));
        Assert.Equal(first.Packages.Select(p => p.ToString()), edited.Packages.Select(p => p.ToString()));
        Assert.Equal(first.Errors.ToArray(), edited.Errors.ToArray());
        Assert.Equal(first.BindingErrors.ToArray(), edited.BindingErrors.ToArray());
        Assert.Equal(2, edited.Packages.Single(p => p.Name == "main").Files[0].Decls.Length);
    }

    [Fact]
    public void APackageWhoseTestFilesAddMethodsIsReusedAsTheFirstLoadSawIt()
    {
        using var s = Module();
        var cache = new LoadCache();
        var all = ProgramLoader.Load([s.Dir + "/..."], cache: cache); // every package with its tests
        var gate = (NamedType)Package(all, "example.com/m/c").Scope.Lookup("Gate")!.Type;
        Assert.Equal(["Open", "Peek"], gate.Methods.Select(m => m.Name));

        var main = s.Dir + "/main";
        var edited = ProgramLoader.Load([main], new Dictionary<string, byte[]> { [main + "/main.go"] = EditedMain(s) }, cache);
        Assert.Equal(3, edited.ReusedPackages); // a, b and c: the re-analysis sees what the first analysis saw
        var reused = (NamedType)Package(edited, "example.com/m/c").Scope.Lookup("Gate")!.Type;
        Assert.Same(gate, reused);
        Assert.Equal(["Open", "Peek"], reused.Methods.Select(m => m.Name));
        Assert.Same(Package(all, "example.com/m/b"), Package(edited, "example.com/m/b"));
    }

    [Fact]
    public void AChangedFileIsCheckedAgainWithEverythingThatImportsIt()
    {
        using var s = Module();
        var cache = new LoadCache();
        var main = s.Dir + "/main";
        var first = ProgramLoader.Load([main], cache: cache);
        File.AppendAllText(Path.Combine(s.Dir, "a", "a.go"), "\nfunc Extra() {}\n");
        var again = ProgramLoader.Load([main], cache: cache);

        Assert.Equal(1, again.ReusedPackages); // c only: a changed, and b imports a
        Assert.NotSame(Package(first, "example.com/m/a"), Package(again, "example.com/m/a"));
        Assert.NotSame(Package(first, "example.com/m/b"), Package(again, "example.com/m/b"));
        Assert.NotNull(Package(again, "example.com/m/a").Scope.Lookup("Extra"));
    }

    [Fact]
    public void AnOverlayInAnImportedDirectoryIsNotServedFromTheCache()
    {
        using var s = Module();
        var cache = new LoadCache();
        var main = s.Dir + "/main";
        ProgramLoader.Load([main], cache: cache);
        var aFile = s.Dir + "/a/a.go";
        var overlay = new Dictionary<string, byte[]> { [aFile] = Encoding.UTF8.GetBytes(File.ReadAllText(aFile) + "\nfunc Extra() {}\n") };
        var edited = ProgramLoader.Load([main], overlay, cache);

        Assert.Equal(1, edited.ReusedPackages); // c only
        Assert.NotNull(Package(edited, "example.com/m/a").Scope.Lookup("Extra"));
    }
}
