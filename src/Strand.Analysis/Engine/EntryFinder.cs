using Strand.Analysis.Checks;
using Strand.Model;
using Strand.Semantics;
using Strand.Syntax.Ast;

namespace Strand.Analysis.Engine;

/// <summary>An entry to explore: a function called once by the program or by an unknown caller.</summary>
public sealed record Entry(FuncDecl Decl, GoFile File, GoPackage Package, bool IsMain);

/// <summary>
/// Finds the entries of a package: main, init and TestXxx/BenchmarkXxx/FuzzXxx that can start a
/// goroutine (<see cref="GoroutineReach"/>), and every function or method that starts goroutines
/// directly or through the functions it calls. Functions with a <see cref="FunctionShape"/> in
/// <paramref name="shapes"/> are not walked again.
/// </summary>
public sealed class EntryFinder(TypeInfo info, GoroutineReach reach, IReadOnlyDictionary<FuncDecl, FunctionShape>? shapes = null)
{
    private const int MaxCallDepth = 2;
    private readonly Dictionary<FuncDecl, bool> _starts = new(ReferenceEqualityComparer.Instance);

    public IEnumerable<Entry> Find(GoPackage package)
    {
        foreach (var file in package.Files)
        {
            var isTestFile = file.Path.EndsWith("_test.go", StringComparison.Ordinal);
            foreach (var d in file.Decls)
            {
                if (d is not FuncDecl { Body: not null } fd)
                {
                    continue;
                }
                var name = fd.Name.Name;
                var isMain = fd.Recv is null && name == "main" && package.Name == "main" && !package.IsTest;
                var isSpecial = fd.Recv is null && (name == "init" || isTestFile && IsTestName(name));
                if (isMain || isSpecial && reach.CanStart(fd) || StartsGoroutines(fd, 0))
                {
                    yield return new Entry(fd, file, package, isMain);
                }
            }
        }
    }

    private static bool IsTestName(string name)
    {
        foreach (var prefix in new[] { "Test", "Benchmark", "Fuzz", "Example" })
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal) && (name.Length == prefix.Length || !char.IsLower(name[prefix.Length])))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when the function (or a function it calls, a few levels deep) contains a go statement.</summary>
    public bool StartsGoroutines(FuncDecl fd, int depth)
    {
        if (_starts.TryGetValue(fd, out var known))
        {
            return known;
        }
        if (fd.Body is null || depth > MaxCallDepth)
        {
            return false;
        }
        _starts[fd] = false; // cycle guard
        // Functions of other packages have no shape yet: make one (the same walk the checks use).
        var shape = shapes is not null && shapes.TryGetValue(fd, out var own) ? own : FunctionShape.Of(fd.Body, info);
        var result = shape.HasGo;
        var callees = shape.Callees;
        if (!result)
        {
            result = callees.Any(c => StartsGoroutines(c, depth + 1));
        }
        _starts[fd] = result;
        return result;
    }
}
