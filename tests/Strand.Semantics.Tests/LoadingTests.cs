using System.Text;
using Strand.Semantics.Tests.Support;
using Strand.Syntax.Ast;
using Xunit;

namespace Strand.Semantics.Tests;

public class LoadingTests
{
    [Theory]
    [InlineData("a.go", true)]
    [InlineData("a_linux.go", true)]
    [InlineData("a_amd64.go", true)]
    [InlineData("a_linux_amd64.go", true)]
    [InlineData("a_linux_test.go", true)]
    [InlineData("a_windows.go", false)]
    [InlineData("a_arm64.go", false)]
    [InlineData("a_windows_arm64.go", false)]
    [InlineData("a_linux_arm64.go", false)]
    [InlineData("a_darwin_amd64_test.go", false)]
    [InlineData("linux.go", true)]
    [InlineData("_hidden.go", false)]
    [InlineData("x_unknownos.go", true)]
    public void File_name_suffixes_select_linux_amd64(string name, bool included) =>
        Assert.Equal(included, BuildConstraints.MatchesFileName(name));

    [Fact]
    public void Build_lines_and_legacy_plus_build_lines_are_evaluated()
    {
        using var s = Snippet.LoadFiles(
            ("yes1.go", "//go:build linux && amd64\n\npackage p\n\nconst Yes1 = 1\n"),
            ("yes2.go", "//go:build (darwin || linux) && !cgo && go1.18\n\npackage p\n\nconst Yes2 = 1\n"),
            ("yes3.go", "// +build linux,amd64 windows\n\npackage p\n\nconst Yes3 = 1\n"),
            ("yes4.go", "// Copyright notice.\n\n//go:build unix\n\npackage p\n\nconst Yes4 = 1\n"),
            ("no1.go", "//go:build ignore\n\npackage main\n\nconst No1 = 1\n"),
            ("no2.go", "//go:build !linux\n\npackage p\n\nconst No2 = 1\n"),
            ("no3.go", "// +build windows\n\npackage p\n\nconst No3 = 1\n"),
            ("no4.go", "//go:build cgo\n\npackage p\n\nconst No4 = 1\n"),
            ("no5.go", "package p\n\nimport \"C\"\n\nconst No5 = 1\n"),
            ("no6_windows.go", "package p\n\nconst No6 = 1\n"),
            ("no7.go", "//go:build linux && (\n\npackage p\n\nconst No7 = 1\n"));
        var pkg = Assert.Single(s.Program.Packages);
        Assert.Equal(["Yes1", "Yes2", "Yes3", "Yes4"], pkg.Scope.Names);
        Assert.Empty(s.Program.Errors);
    }

    [Fact]
    public void Test_files_form_internal_and_external_test_packages()
    {
        using var s = Snippet.LoadFiles(
            ("go.mod", "module example.com/q\n\ngo 1.22\n"),
            ("q.go", "package q\n\nfunc work() int { return 1 }\n"),
            ("export_test.go", "package q\n\nvar Work = work\n"),
            ("q_test.go", "package q\n\nimport \"testing\"\n\nfunc TestWork(t *testing.T) {\n\tif work() != 1 {\n\t\tt.Fatal(\"bad\")\n\t}\n}\n"),
            ("x_test.go", "package q_test\n\nimport (\n\t\"testing\"\n\n\t\"example.com/q\"\n)\n\nfunc TestExternal(t *testing.T) { _ = q.Work() }\n"));
        Assert.Empty(s.Program.Errors);
        Assert.Empty(s.Program.BindingErrors);
        var kinds = s.Program.Packages.Select(p => (p.Name, p.Kind, p.Files.Length)).ToList();
        Assert.Equal([("q", PackageKind.Library, 1), ("q", PackageKind.InternalTest, 2), ("q_test", PackageKind.ExternalTest, 1)], kinds);
        var internalTest = s.Program.Packages[1];
        Assert.Same(s.Program.Packages[0], internalTest.TestOf);
        Assert.Same(s.Program.Packages[0].Scope, internalTest.Scope.Parent);
        var work = Assert.IsType<VarSymbol>(s.Sym("Work", 1));
        Assert.Equal(PackageKind.InternalTest, work.Package!.Kind);
        var fatal = Assert.IsType<CallTarget.Method>(s.Info.ResolveCall(s.Call("Fatal")));
        Assert.Equal("testing.common.Fatal", fatal.Function.StdPath);
    }

    [Fact]
    public void Module_internal_imports_are_loaded_once_and_resolved()
    {
        using var s = Snippet.LoadFiles(
            ("go.mod", "module example.com/m // the module\n\ngo 1.22\n"),
            ("cmd/app/main.go", "package main\n\nimport (\n\t\"example.com/m/internal/queue\"\n\tq2 \"example.com/m/internal/queue\"\n\t\"github.com/other/lib\"\n)\n\nfunc main() {\n\tq := queue.New(3)\n\tq.Push(1)\n\t_ = q2.Size\n\tlib.Do()\n}\n"),
            ("internal/queue/queue.go", "package queue\n\nimport \"example.com/m/internal/util\"\n\nconst Size = util.Base * 2\n\ntype Q struct{ items chan int }\n\nfunc New(n int) *Q { return &Q{items: make(chan int, n)} }\n\nfunc (q *Q) Push(v int) { q.items <- v }\n"),
            ("internal/util/util.go", "package util\n\nconst Base = 8\n"),
            ("internal/unused/unused.go", "package unused\n\nconst X = 1\n"));
        var root = s.Dir;
        using var loaded = Snippet.LoadPaths(root, [root + "/cmd/app"]);
        var program = loaded.Program;
        Assert.Empty(program.Errors);
        Assert.Empty(program.BindingErrors);
        Assert.Equal(["example.com/m/cmd/app", "example.com/m/internal/queue", "example.com/m/internal/util"], program.Packages.Select(p => p.ImportPath).Order(StringComparer.Ordinal));
        var queue = Assert.IsType<PackageSymbol>(loaded.Sym("queue"));
        Assert.False(queue.IsUnknown);
        Assert.Equal("example.com/m/internal/queue", queue.Imported!.ImportPath);
        Assert.Equal(root + "/internal/queue", queue.Imported.Directory);
        var newFn = Assert.IsType<CallTarget.StaticFunction>(loaded.Info.ResolveCall(loaded.Call("New")));
        Assert.NotNull(loaded.Info.DeclOf(newFn.Function));
        Assert.IsType<CallTarget.Method>(loaded.Info.ResolveCall(loaded.Call("Push")));
        Assert.Equal(16, loaded.Info.ConstantInt(loaded.All<SelectorExpr>().Single(x => x.Sel.Name == "Size")));
        Assert.True(Assert.IsType<PackageSymbol>(loaded.Sym("lib")).IsUnknown);
        Assert.IsType<CallTarget.Unknown>(loaded.Info.ResolveCall(loaded.Call("Do")));
    }

    [Fact]
    public void An_import_cycle_is_cut_and_both_packages_are_checked()
    {
        // Broken code: a imports b imports a. Checking must finish (no unit waits for itself) and
        // still resolve what each package declares.
        using var s = Snippet.LoadFiles(
            ("go.mod", "module example.com/c\n\ngo 1.22\n"),
            ("a/a.go", "package a\n\nimport \"example.com/c/b\"\n\nconst A = 1\n\nfunc UseB() int { return b.B }\n"),
            ("b/b.go", "package b\n\nimport \"example.com/c/a\"\n\nconst B = 2\n\nfunc UseA() int { return a.A }\n"));
        var root = s.Dir;
        using var loaded = Snippet.LoadPaths(root, [root + "/a", root + "/b"]);
        Assert.Equal(["example.com/c/a", "example.com/c/b"], loaded.Program.Packages.Select(p => p.ImportPath).Order(StringComparer.Ordinal));
        Assert.Equal(2, loaded.Info.ConstantInt(loaded.All<SelectorExpr>().Single(x => x.Sel.Name == "B")));
    }

    [Fact]
    public void Overlay_replaces_disk_contents_and_adds_files()
    {
        using var s = Snippet.LoadFiles(("main.go", "package main\n\nfunc main() { old() }\n\nfunc old() {}\n"));
        var overlay = new Dictionary<string, byte[]>
        {
            [s.Dir + "/main.go"] = Encoding.UTF8.GetBytes("package main\n\nfunc main() { fresh() }\n"),
            [s.Dir + "/extra.go"] = Encoding.UTF8.GetBytes("package main\n\nfunc fresh() {}\n"),
        };
        using var loaded = Snippet.LoadPaths(s.Dir, [s.Dir], overlay);
        Assert.Empty(loaded.Program.BindingErrors);
        var pkg = Assert.Single(loaded.Program.Packages);
        Assert.Equal(2, pkg.Files.Length);
        Assert.Null(pkg.Scope.Lookup("old"));
        Assert.IsType<FuncSymbol>(pkg.Scope.Lookup("fresh"));
    }

    [Fact]
    public void Broken_files_still_bind_what_parsed_and_report_syntax_errors()
    {
        using var s = Snippet.LoadFiles(
            ("broken.go", "package main\n\nvar ready = make(chan bool, 1)\n\nfunc broken() {\n\tx = = 1\n}\n"),
            ("fine.go", "package main\n\nfunc fine() bool {\n\treturn <-ready\n}\n"));
        Assert.NotEmpty(s.Program.Errors);
        Assert.All(s.Program.Errors, e => Assert.EndsWith("broken.go", e.File));
        Assert.Equal(6, s.Program.Errors[0].Line);
        var ready = Assert.IsType<VarSymbol>(s.Sym("ready", 1));
        Assert.Equal(VarKind.Global, ready.Kind);
        Assert.IsType<ChanType>(ready.Type);
        Assert.Equal(BasicType.Bool, s.Info.TypeOf(s.All<UnaryExpr>().Single()));
    }

    [Fact]
    public void Mixed_package_names_are_grouped_and_reported()
    {
        using var s = Snippet.LoadFiles(
            ("a.go", "package alpha\n\nconst A = 1\n"),
            ("a2.go", "package alpha\n\nconst A2 = A\n"),
            ("b.go", "package beta\n\nconst B = 2\n"));
        var error = Assert.Single(s.Program.Errors);
        Assert.Contains("found packages alpha (a.go) and beta (b.go)", error.Message);
        Assert.Equal(["alpha", "beta"], s.Program.Packages.Select(p => p.Name));
        Assert.Empty(s.Program.BindingErrors);
    }

    [Fact]
    public void Missing_paths_and_vendor_or_testdata_directories()
    {
        using var s = Snippet.LoadFiles(
            ("main.go", "package main\n\nfunc main() {}\n"),
            ("vendor/v/v.go", "package v\n"),
            ("testdata/t.go", "package t\n"));
        Assert.Equal(["main"], s.Program.Packages.Select(p => p.Name));
        var missing = ProgramLoader.Load([s.Dir + "/nope"]);
        var e = Assert.Single(missing.Errors);
        Assert.Contains("no such file or directory", e.Message);
        Assert.Empty(missing.Packages);
    }

    [Fact]
    public void Loading_is_deterministic()
    {
        using var s = Snippet.LoadFiles(
            ("a/a.go", "package a\n\nfunc A() {}\n"),
            ("b/b.go", "package b\n\nfunc B() { undefinedThing() }\n"),
            ("c/c.go", "package c\n\nfunc C( {\n"));
        var again = ProgramLoader.Load([s.Dir + "/..."]);
        Assert.Equal(s.Program.Packages.Select(p => p.ImportPath), again.Packages.Select(p => p.ImportPath));
        Assert.Equal(s.Program.Errors.ToArray(), again.Errors.ToArray());
        Assert.Equal(s.Program.BindingErrors.ToArray(), again.BindingErrors.ToArray());
    }
}
