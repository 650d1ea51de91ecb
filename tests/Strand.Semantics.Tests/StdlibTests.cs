using Strand.Semantics.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Strand.Semantics.Tests;

/// <summary>The whole standard library source as a robustness corpus: no exception, every identifier bound.</summary>
public class StdlibTests(ITestOutputHelper output)
{
    [GoFact]
    public void Whole_stdlib_loads_binds_and_types_without_binding_errors()
    {
        var src = GoRoot.Source!;
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var program = ProgramLoader.Load([src + "/..."]);
        sw.Stop();

        var files = program.Packages.Sum(p => p.Files.Length);
        output.WriteLine($"packages: {program.Packages.Length}, files: {files}, load errors: {program.Errors.Length}, " +
                         $"binding errors: {program.BindingErrors.Length}, unresolved selectors: {program.UnresolvedSelectors.Length}, time: {sw.ElapsedMilliseconds} ms, {program.Stats}");
        foreach (var e in program.BindingErrors.Take(40))
        {
            output.WriteLine("binding: " + e);
        }
        foreach (var e in program.UnresolvedSelectors.Take(40))
        {
            output.WriteLine("selector: " + e);
        }
        foreach (var e in program.Errors.Take(40))
        {
            output.WriteLine("load: " + e);
        }

        Assert.True(files > 3000, $"only {files} files loaded");
        Assert.DoesNotContain(program.Errors, e => e.Message.StartsWith("internal", StringComparison.Ordinal));
        Assert.Empty(program.BindingErrors);
        Assert.Empty(program.UnresolvedSelectors);

        // The real standard-library packages carry the same StdPath names as Strand's stubs.
        var sync = program.Packages.Single(p => p.ImportPath == "sync" && p.Kind == PackageKind.Library);
        var wg = Assert.IsType<TypeSymbol>(sync.Scope.Lookup("WaitGroup"));
        Assert.Equal("sync.WaitGroup.Wait", wg.Named!.FindMethod("Wait")!.StdPath);
        var context = program.Packages.Single(p => p.ImportPath == "context" && p.Kind == PackageKind.Library);
        Assert.Equal("context.WithCancel", ((FuncSymbol)context.Scope.Lookup("WithCancel")!).StdPath);
    }
}

/// <summary>Intentionally broken and odd Go code (go/types' and types2's test inputs): no exception, no hang.</summary>
public class HostileInputTests(ITestOutputHelper output)
{
    [GoFact]
    public void Type_checker_test_inputs_load_without_internal_errors()
    {
        var src = GoRoot.Source!;
        // Testdata directories are named explicitly, so they are not skipped; files whose package
        // names differ are grouped (and reported) rather than rejected.
        var roots = new[] { "go/types/testdata", "cmd/compile/internal/types2/testdata", "go/parser/testdata", "go/printer/testdata" }
            .Select(r => Path.Combine(src, r))
            .Where(Directory.Exists)
            .ToList();
        var dirs = roots.SelectMany(r => Directory.GetDirectories(r, "*", SearchOption.AllDirectories).Append(r)).ToList();
        var files = dirs.SelectMany(d => Directory.GetFiles(d, "*.go")).Order(StringComparer.Ordinal).ToList();
        var program = ProgramLoader.Load(files);
        output.WriteLine($"files: {files.Count}, loaded: {program.Stats.Files}, packages: {program.Packages.Length}, errors: {program.Errors.Length}, binding errors: {program.BindingErrors.Length}");
        Assert.True(files.Count > 100);
        Assert.DoesNotContain(program.Errors, e => e.Message.StartsWith("internal", StringComparison.Ordinal));
    }
}
