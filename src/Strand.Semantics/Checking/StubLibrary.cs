using System.Collections.Immutable;
using Strand.Syntax.Ast;
using Strand.Syntax.Parsing;

namespace Strand.Semantics;

/// <summary>
/// Strand's standard-library stubs (Go source embedded as resources), parsed and checked once
/// per process. Their types and functions are shared, read-only, by every loaded program.
/// </summary>
internal sealed class StubLibrary
{
    private const string Prefix = "stubs/";
    private static readonly Lazy<StubLibrary> Lazy = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, GoPackage> _packages;

    private StubLibrary(Dictionary<string, GoPackage> packages, CheckerTables tables, ImmutableArray<LoadError> errors)
    {
        _packages = packages;
        Tables = tables;
        Errors = errors;
    }

    public static StubLibrary Instance => Lazy.Value;

    public CheckerTables Tables { get; }

    /// <summary>Syntax and binding errors in the stubs themselves (a test keeps this empty).</summary>
    public ImmutableArray<LoadError> Errors { get; }

    public IEnumerable<string> ImportPaths => _packages.Keys.Order(StringComparer.Ordinal);

    public GoPackage? Find(string importPath) => _packages.GetValueOrDefault(importPath);

    private static StubLibrary Build()
    {
        var asm = typeof(StubLibrary).Assembly;
        var errors = new List<LoadError>();
        var files = new SortedDictionary<string, List<GoFile>>(StringComparer.Ordinal);
        foreach (var resource in asm.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = asm.GetManifestResourceStream(resource)!;
            using var ms = new MemoryStream();
            stream.CopyTo(ms);
            var rel = resource[Prefix.Length..].Replace('\\', '/');
            var path = "<strand-stubs>/" + rel;
            var result = GoParser.ParseFile(path, ms.ToArray());
            errors.AddRange(result.Errors.Select(e => new LoadError(e.File, e.Line, e.Column, e.Message)));
            var importPath = rel[..^3];
            if (!files.TryGetValue(importPath, out var list))
            {
                files[importPath] = list = [];
            }
            list.Add(result.File);
        }

        var packages = new Dictionary<string, GoPackage>(StringComparer.Ordinal);
        var units = new List<CheckUnit>();
        foreach (var (importPath, list) in files)
        {
            var scope = new Scope(Universe.Scope, ScopeKind.Package, null);
            var pkg = new GoPackage(importPath, list[0].Name.Name, "", PackageKind.Library, [.. list], scope, isStub: true);
            packages[importPath] = pkg;
            units.Add(new CheckUnit(pkg, [.. list.Select(f => (f, pkg))]));
        }
        foreach (var unit in units)
        {
            foreach (var file in unit.Files)
            {
                foreach (var spec in file.File.Imports)
                {
                    var path = LoadSession.ImportPath(spec);
                    unit.Imports[path] = packages.GetValueOrDefault(path);
                }
            }
        }
        Scheduler.CheckAll(units);
        var tables = new CheckerTables();
        foreach (var unit in units)
        {
            tables.MergeFrom(unit.Tables);
            errors.AddRange(unit.BindingErrors);
            errors.AddRange(unit.InternalErrors);
        }
        return new StubLibrary(packages, tables, [.. errors]);
    }
}
