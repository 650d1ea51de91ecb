using System.Collections.Immutable;
using Strand.Syntax.Ast;
using Strand.Syntax.Files;
using Strand.Syntax.Parsing;

namespace Strand.Semantics;

/// <summary>One run of the loader: expands paths, reads and parses files, groups packages, checks them.</summary>
internal sealed partial class LoadSession
{
    private readonly Dictionary<string, byte[]> _overlay = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _overlayByDir = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ModuleInfo?> _modules = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DirEntry> _dirs = new(StringComparer.Ordinal);
    private readonly List<DirEntry> _dirOrder = [];
    private readonly List<LoadError> _errors = [];
    private readonly Dictionary<string, GoPackage> _stubsUsed = new(StringComparer.Ordinal);

    public LoadSession(IReadOnlyDictionary<string, byte[]>? overlay, LoadCache? cache = null)
    {
        _cache = CacheUsable(overlay) ? cache : null;
        if (overlay is null)
        {
            return;
        }
        foreach (var (path, bytes) in overlay)
        {
            var full = Paths.Full(path);
            _overlay[full] = bytes;
            var dir = Paths.DirectoryOf(full);
            if (!_overlayByDir.TryGetValue(dir, out var list))
            {
                _overlayByDir[dir] = list = [];
            }
            list.Add(full);
        }
    }

    private sealed class DirEntry(string userDir, string fullDir, bool includeTests)
    {
        public string UserDir { get; } = userDir;
        public string FullDir { get; } = fullDir;
        public bool IncludeTests { get; } = includeTests;
        public List<string> UserFiles { get; } = [];
        public List<ParsedFile> Files { get; } = [];
        public ModuleInfo? Module { get; set; }
        public string ImportPath { get; set; } = "";
        public Dictionary<string, ImportTarget> Imports { get; } = new(StringComparer.Ordinal);
        public GoPackage? Primary { get; set; }
        public GoPackage? TestVariant { get; set; }
    }

    private sealed record ParsedFile(string UserPath, GoFile File, bool IsTest);

    /// <summary>Where an import path leads: a directory of the program, a stub, or nowhere Strand sees.</summary>
    private sealed record ImportTarget(DirEntry? Dir, GoPackage? Stub);

    public GoProgram Run(IReadOnlyList<string> paths)
    {
        var total = System.Diagnostics.Stopwatch.StartNew();
        var parseTime = new System.Diagnostics.Stopwatch();
        var requests = Expand(paths);
        var pending = new List<DirEntry>();
        foreach (var (userDir, files) in requests)
        {
            var full = Paths.Full(userDir);
            if (_dirs.TryGetValue(full, out var existing))
            {
                existing.UserFiles.AddRange(files.Where(f => !existing.UserFiles.Contains(f)));
                continue;
            }
            var entry = new DirEntry(userDir, full, includeTests: true);
            entry.UserFiles.AddRange(files);
            AddOverlayFiles(entry);
            Register(entry);
            pending.Add(entry);
        }

        // Load in rounds: parse pending directories in parallel, then follow module-internal imports.
        while (pending.Count > 0)
        {
            parseTime.Start();
            ParseAll(pending);
            parseTime.Stop();
            var next = new List<DirEntry>();
            foreach (var entry in pending)
            {
                ResolveImports(entry, next);
            }
            pending = next;
        }
        var (packages, units) = BuildPackages();
        var stubs = StubLibrary.Instance;
        var fresh = units.Where(u => !_reusedUnits.Contains(u)).ToList(); // reused units were checked by an earlier load, imports included
        foreach (var unit in fresh)
        {
            foreach (var (path, target) in CollectUnitImports(unit))
            {
                unit.Imports[path] = target;
            }
        }
        var checkTime = System.Diagnostics.Stopwatch.StartNew();
        Scheduler.CheckAll(fresh);
        checkTime.Stop();
        RememberChecked(fresh);
        var tables = CheckerTables.MergeAll([stubs.Tables, .. units.Select(u => u.Tables)]);
        var bindingErrors = new List<LoadError>();
        var interfaceCalls = new List<PendingInterfaceCall>();
        var unresolvedSelectors = new List<LoadError>();
        foreach (var unit in units)
        {
            bindingErrors.AddRange(unit.BindingErrors);
            _errors.AddRange(unit.InternalErrors);
            interfaceCalls.AddRange(unit.InterfaceCalls);
            unresolvedSelectors.AddRange(unit.UnresolvedSelectors);
        }
        var methodSets = new MethodSets();
        InterfaceCalls.Resolve(interfaceCalls, tables, methodSets);

        _errors.Sort(CompareErrors);
        bindingErrors.Sort(CompareErrors);
        unresolvedSelectors.Sort(CompareErrors);
        var stubPackages = _stubsUsed.Values.OrderBy(p => p.ImportPath, StringComparer.Ordinal).ToImmutableArray();
        return new GoProgram(packages, stubPackages, [.. _errors], new TypeInfo(tables, methodSets))
        {
            BindingErrors = [.. bindingErrors],
            UnresolvedSelectors = [.. unresolvedSelectors],
            ReusedPackages = _reusedUnits.Count,
            Stats = new LoadStats(packages.Sum(p => p.Files.Length), packages.Length, parseTime.ElapsedMilliseconds, checkTime.ElapsedMilliseconds, total.ElapsedMilliseconds),
        };
    }

    private static int CompareErrors(LoadError a, LoadError b)
    {
        var c = string.CompareOrdinal(a.File, b.File);
        if (c != 0) return c;
        c = a.Line.CompareTo(b.Line);
        if (c != 0) return c;
        c = a.Column.CompareTo(b.Column);
        return c != 0 ? c : string.CompareOrdinal(a.Message, b.Message);
    }

    private void Register(DirEntry entry)
    {
        _dirs[entry.FullDir] = entry;
        _dirOrder.Add(entry);
        entry.Module = ModuleInfo.Find(entry.FullDir, _modules, _overlay);
        entry.ImportPath = entry.Module?.ImportPathOf(entry.FullDir) ?? entry.UserDir;
    }

    /// <summary>Expands the user's paths into files grouped by directory (in first-seen order).</summary>
    private List<(string Dir, List<string> Files)> Expand(IReadOnlyList<string> paths)
    {
        var expansion = GoFileFinder.Expand(paths);
        var byDir = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var order = new List<string>();
        void Add(string file)
        {
            var path = Paths.Normalize(file);
            var dir = Paths.DirectoryOf(path);
            if (!byDir.TryGetValue(dir, out var list))
            {
                byDir[dir] = list = [];
                order.Add(dir);
            }
            if (!list.Contains(path))
            {
                list.Add(path);
            }
        }
        foreach (var f in expansion.Files)
        {
            Add(f);
        }
        foreach (var missing in expansion.Missing)
        {
            var m = Paths.Normalize(missing);
            if (m.EndsWith(".go", StringComparison.Ordinal) && _overlay.ContainsKey(Paths.Full(m)))
            {
                Add(m);
            }
            else if (m.EndsWith("/...", StringComparison.Ordinal) || !_overlayByDir.ContainsKey(Paths.Full(m)))
            {
                _errors.Add(new LoadError(m, 0, 0, "no such file or directory"));
            }
            else
            {
                byDir.TryAdd(m, []);
                order.Add(m);
            }
        }
        return order.Select(d => (d, byDir[d])).ToList();
    }

    /// <summary>Overlay files that are not on disk join the directory they belong to.</summary>
    private void AddOverlayFiles(DirEntry entry)
    {
        if (!_overlayByDir.TryGetValue(entry.FullDir, out var extra))
        {
            return;
        }
        foreach (var full in extra.Order(StringComparer.Ordinal))
        {
            if (!full.EndsWith(".go", StringComparison.Ordinal))
            {
                continue;
            }
            var user = Paths.Join(entry.UserDir, Paths.FileName(full));
            if (!entry.UserFiles.Contains(user))
            {
                entry.UserFiles.Add(user);
            }
        }
    }

    /// <summary>Reads, filters (file name constraints) and parses every file of the pending directories in parallel.</summary>
    private void ParseAll(List<DirEntry> pending)
    {
        var work = new List<(DirEntry Entry, string Path)>();
        foreach (var entry in pending)
        {
            if (entry.UserFiles.Count == 0 && !entry.IncludeTests)
            {
                ListDirectory(entry);
            }
            entry.UserFiles.Sort(StringComparer.Ordinal);
            foreach (var f in entry.UserFiles)
            {
                var name = Paths.FileName(f);
                var isTest = name.EndsWith("_test.go", StringComparison.Ordinal);
                if (isTest && !entry.IncludeTests)
                {
                    continue;
                }
                if (BuildConstraints.MatchesFileName(name))
                {
                    work.Add((entry, f));
                }
            }
        }
        var results = new (ParsedFile? File, List<LoadError> Errors)[work.Count];
        Parallel.For(0, work.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            results[i] = ParseOne(work[i].Path);
        });
        for (var i = 0; i < work.Count; i++)
        {
            _errors.AddRange(results[i].Errors);
            if (results[i].File is { } pf)
            {
                work[i].Entry.Files.Add(pf);
            }
        }
    }

    private void ListDirectory(DirEntry entry)
    {
        try
        {
            foreach (var f in Directory.EnumerateFiles(entry.FullDir, "*.go"))
            {
                entry.UserFiles.Add(Paths.Join(entry.UserDir, Path.GetFileName(f)));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _errors.Add(new LoadError(entry.UserDir, 0, 0, "cannot read directory: " + e.Message));
        }
        AddOverlayFiles(entry);
    }

    private (ParsedFile?, List<LoadError>) ParseOne(string userPath)
    {
        try
        {
            return ParseOneCore(userPath);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return (null, [new LoadError(userPath, 0, 0, $"internal error while reading: {e.GetType().Name}: {e.Message}")]);
        }
    }

    private (ParsedFile?, List<LoadError>) ParseOneCore(string userPath)
    {
        var errors = new List<LoadError>();
        byte[] source;
        if (_overlay.TryGetValue(Paths.Full(userPath), out var over))
        {
            source = over;
        }
        else
        {
            try
            {
                source = File.ReadAllBytes(userPath);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                errors.Add(new LoadError(userPath, 0, 0, "cannot read file: " + e.Message));
                return (null, errors);
            }
        }
        var result = ParseCache.Parse(userPath, source);
        var file = result.File;
        if (!BuildConstraints.MatchesHeader(file))
        {
            return (null, errors);
        }
        foreach (var imp in file.Imports)
        {
            if (imp.Path.Value is "\"C\"" or "`C`")
            {
                return (null, errors); // cgo is off: files importing "C" are not part of the build
            }
        }
        foreach (var e in result.Errors)
        {
            errors.Add(new LoadError(e.File, e.Line, e.Column, e.Message));
        }
        if (file.Name.Name.Length == 0)
        {
            return (null, errors); // no package clause: nothing to bind
        }
        return (new ParsedFile(userPath, file, Paths.FileName(userPath).EndsWith("_test.go", StringComparison.Ordinal)), errors);
    }

    private void ResolveImports(DirEntry entry, List<DirEntry> next)
    {
        foreach (var pf in entry.Files)
        {
            foreach (var spec in pf.File.Imports)
            {
                var path = ImportPath(spec);
                if (path.Length == 0 || entry.Imports.ContainsKey(path))
                {
                    continue;
                }
                entry.Imports[path] = ResolveImport(path, entry, next);
            }
        }
    }

    public static string ImportPath(ImportSpec spec) =>
        Literals.Unquote(spec.Path.Value, spec.Path.Value.StartsWith('`') ? '`' : '"') ?? "";

    private ImportTarget ResolveImport(string path, DirEntry from, List<DirEntry> next)
    {
        var dir = from.Module?.DirectoryOf(path);
        if (dir is null && from.Module is { Path: "cmd" } cmd && IsStandardPath(path))
        {
            // GOROOT/src/cmd is its own module but builds against the standard library beside it.
            dir = ModuleInfo.Find(Paths.DirectoryOf(cmd.Root), _modules, _overlay) is { Path: "std" } std ? std.DirectoryOf(path) : null;
        }
        if (dir is not null)
        {
            var full = Paths.Full(dir);
            if (!_dirs.TryGetValue(full, out var target))
            {
                target = new DirEntry(Paths.UserForm(full, from.UserDir, from.FullDir), full, includeTests: false);
                Register(target);
                next.Add(target);
            }
            return new ImportTarget(target, null);
        }
        var stub = StubLibrary.Instance.Find(path);
        if (stub is not null)
        {
            lock (_stubsUsed)
            {
                _stubsUsed.TryAdd(path, stub);
            }
        }
        return new ImportTarget(null, stub);
    }

    /// <summary>A standard-library-shaped import path: no dot in its first element.</summary>
    private static bool IsStandardPath(string path)
    {
        var slash = path.IndexOf('/');
        return !(slash < 0 ? path : path[..slash]).Contains('.');
    }

    /// <summary>Groups each directory's files into packages and check units.</summary>
    private (ImmutableArray<GoPackage>, List<CheckUnit>) BuildPackages()
    {
        var packages = new List<GoPackage>();
        var units = new List<CheckUnit>();
        var reusable = FindReusable();
        foreach (var entry in _dirOrder.OrderBy(e => e.UserDir, StringComparer.Ordinal))
        {
            if (reusable.GetValueOrDefault(entry) is { } cached)
            {
                Reuse(entry, cached, packages, units);
                continue;
            }
            BuildDirectory(entry, packages, units);
        }
        return ([.. packages], units);
    }

    private void BuildDirectory(DirEntry entry, List<GoPackage> packages, List<CheckUnit> units)
    {
        var lib = entry.Files.Where(f => !f.IsTest).ToList();
        var tests = entry.Files.Where(f => f.IsTest).ToList();
        if (lib.Count == 0 && tests.Count == 0)
        {
            return;
        }
        var libGroups = lib.GroupBy(f => f.File.Name.Name).OrderByDescending(g => g.Count()).ThenBy(g => g.First().UserPath, StringComparer.Ordinal).ToList();
        string primaryName;
        if (libGroups.Count > 0)
        {
            primaryName = libGroups[0].Key;
        }
        else
        {
            primaryName = tests.Select(t => t.File.Name.Name).FirstOrDefault(n => !n.EndsWith("_test", StringComparison.Ordinal))
                ?? tests[0].File.Name.Name[..^5];
        }
        for (var i = 1; i < libGroups.Count; i++)
        {
            var other = libGroups[i].First();
            var first = libGroups[0].First();
            AddError(other, $"found packages {primaryName} ({Paths.FileName(first.UserPath)}) and {libGroups[i].Key} ({Paths.FileName(other.UserPath)}) in {entry.UserDir}");
        }

        var primaryFiles = libGroups.Count > 0 ? libGroups[0].ToList() : [];
        var scope = new Scope(Universe.Scope, ScopeKind.Package, null);
        var kind = primaryName == "main" ? PackageKind.Command : PackageKind.Library;
        var primary = new GoPackage(entry.ImportPath, primaryName, entry.UserDir, kind, [.. primaryFiles.Select(f => f.File)], scope, isStub: false);
        entry.Primary = primary;
        packages.Add(primary);
        var twin = entry.Module?.Path == "std" ? StubLibrary.Instance.Find(entry.ImportPath) : null;
        units.Add(new CheckUnit(primary, [.. primaryFiles.Select(f => (f.File, primary))]) { Entry = entry, StdTwin = twin });

        // In-package test files are checked after the package, in a child scope: their imports
        // (testing, packages that import this one) must not become dependencies of the package itself.
        var internalTests = tests.Where(t => t.File.Name.Name == primaryName).ToList();
        if (internalTests.Count > 0)
        {
            var testScope = new Scope(scope, ScopeKind.Package, null);
            var testPkg = new GoPackage(entry.ImportPath, primaryName, entry.UserDir, PackageKind.InternalTest, [.. internalTests.Select(f => f.File)], testScope, isStub: false) { TestOf = primary };
            entry.TestVariant = testPkg;
            packages.Add(testPkg);
            units.Add(new CheckUnit(testPkg, [.. internalTests.Select(f => (f.File, testPkg))]) { Entry = entry, DependsOn = primary });
        }

        var externalTests = tests.Where(t => t.File.Name.Name == primaryName + "_test").ToList();
        if (externalTests.Count > 0)
        {
            var xscope = new Scope(Universe.Scope, ScopeKind.Package, null);
            var xpkg = new GoPackage(entry.ImportPath + "_test", primaryName + "_test", entry.UserDir, PackageKind.ExternalTest, [.. externalTests.Select(f => f.File)], xscope, isStub: false);
            packages.Add(xpkg);
            units.Add(new CheckUnit(xpkg, [.. externalTests.Select(f => (f.File, xpkg))]) { Entry = entry });
        }
        foreach (var t in tests.Where(t => t.File.Name.Name != primaryName && t.File.Name.Name != primaryName + "_test"))
        {
            AddError(t, $"test file package {t.File.Name.Name} does not match package {primaryName} in {entry.UserDir}");
        }

        // Extra packages of a mixed directory are still bound (their own scope) so their code is usable.
        for (var i = 1; i < libGroups.Count; i++)
        {
            var files = libGroups[i].ToList();
            var s = new Scope(Universe.Scope, ScopeKind.Package, null);
            var name = libGroups[i].Key;
            var p = new GoPackage(entry.ImportPath, name, entry.UserDir, name == "main" ? PackageKind.Command : PackageKind.Library, [.. files.Select(f => f.File)], s, isStub: false);
            packages.Add(p);
            units.Add(new CheckUnit(p, [.. files.Select(f => (f.File, p))]) { Entry = entry });
        }
    }

    private void AddError(ParsedFile f, string message)
    {
        var lc = f.File.Lines.Position(Math.Max(0, f.File.Package));
        _errors.Add(new LoadError(f.UserPath, lc.Line, lc.Column, message));
    }

    /// <summary>The packages a unit's own files import; an external test's import of its package gets the test variant.</summary>
    private static IEnumerable<(string, GoPackage?)> CollectUnitImports(CheckUnit unit)
    {
        var entry = (DirEntry)unit.Entry!;
        foreach (var (file, _) in unit.Files)
        {
            foreach (var spec in file.Imports)
            {
                var path = ImportPath(spec);
                if (!entry.Imports.TryGetValue(path, out var target))
                {
                    continue;
                }
                if (unit.Primary.Kind == PackageKind.ExternalTest && ReferenceEquals(target.Dir, entry))
                {
                    yield return (path, entry.TestVariant ?? entry.Primary);
                    continue;
                }
                yield return (path, target.Stub ?? target.Dir?.Primary);
            }
        }
    }
}
