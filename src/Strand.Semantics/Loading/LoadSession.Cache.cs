using Strand.Syntax.Ast;

namespace Strand.Semantics;

/// <summary>
/// Reusing checked packages from a <see cref="LoadCache"/>. A cached package stands in for the
/// package this load would build and check when every input of that check is the same:
/// <list type="bullet">
/// <item>the directory is imported only (no test files, no overlay file in it), as the same user
/// path, module import path, and the same parsed trees in the same order (the parse cache returns
/// the same tree only for the same path and bytes), all of one package clause (so building the
/// directory makes just that one package and reports no mixed-package error);</item>
/// <item>every import of its files leads to the same stub, to nothing, or to a directory that is
/// itself reused with the very package the cached unit was checked against (decided imports first;
/// a cycle, possible only in broken code, is not reused).</item>
/// </list>
/// Checking is a function of exactly these (the unit's files, its scope built from them, its
/// imports, the universe and the stubs), so the cached unit is what checking it again would give,
/// with one difference kept on purpose: when the first load also checked the package's in-package
/// test files, those may have added methods to its types (they share its scope). A re-analysis that
/// reuses the unit sees those methods, exactly as the analysis it is compared with did (remedy
/// verification asks "is the finding of that analysis gone, and nothing new?"), where an import-only
/// load from scratch would not.
/// </summary>
internal sealed partial class LoadSession
{
    private readonly LoadCache? _cache;
    private readonly HashSet<CheckUnit> _reusedUnits = new(ReferenceEqualityComparer.Instance);

    /// <summary>Overlays that replace Go files only: a go.mod in an overlay could move module boundaries.</summary>
    private static bool CacheUsable(IReadOnlyDictionary<string, byte[]>? overlay) =>
        overlay is null || overlay.Keys.All(p => p.EndsWith(".go", StringComparison.Ordinal));

    /// <summary>For the directories of this load, the cached package that can stand in for each (null: none).</summary>
    private Dictionary<DirEntry, CachedPackage?> FindReusable()
    {
        var decided = new Dictionary<DirEntry, CachedPackage?>(ReferenceEqualityComparer.Instance);
        if (_cache is not null)
        {
            var visiting = new HashSet<DirEntry>(ReferenceEqualityComparer.Instance);
            foreach (var entry in _dirOrder)
            {
                Decide(entry, decided, visiting);
            }
        }
        return decided;
    }

    private CachedPackage? Decide(DirEntry entry, Dictionary<DirEntry, CachedPackage?> decided, HashSet<DirEntry> visiting)
    {
        if (decided.TryGetValue(entry, out var known))
        {
            return known;
        }
        if (!visiting.Add(entry))
        {
            return null; // an import cycle: not reused (decided when the DFS returns to its start)
        }
        CachedPackage? result = null;
        if (!entry.IncludeTests && !_overlayByDir.ContainsKey(entry.FullDir)
            && _cache!.Find(entry.UserDir, entry.FullDir) is { } cached
            && cached.ImportPath == entry.ImportPath
            && SameFiles(entry, cached)
            && SameImports(entry, cached, decided, visiting))
        {
            result = cached;
        }
        visiting.Remove(entry);
        decided[entry] = result;
        return result;
    }

    private static bool SameFiles(DirEntry entry, CachedPackage cached)
    {
        if (entry.Files.Count != cached.Files.Length)
        {
            return false;
        }
        for (var i = 0; i < entry.Files.Count; i++)
        {
            if (entry.Files[i].IsTest || !ReferenceEquals(entry.Files[i].File, cached.Files[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>What <see cref="CollectUnitImports"/> would give the directory's package, compared with what the cached unit got.</summary>
    private bool SameImports(DirEntry entry, CachedPackage cached, Dictionary<DirEntry, CachedPackage?> decided, HashSet<DirEntry> visiting)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pf in entry.Files)
        {
            foreach (var spec in pf.File.Imports)
            {
                var path = ImportPath(spec);
                if (!entry.Imports.TryGetValue(path, out var target) || !seen.Add(path))
                {
                    continue;
                }
                if (!cached.Unit.Imports.TryGetValue(path, out var was))
                {
                    return false;
                }
                GoPackage? now = target.Stub;
                if (target.Dir is { } dir)
                {
                    now = ReferenceEquals(dir, entry) ? null : Decide(dir, decided, visiting)?.Unit.Primary;
                    if (now is null)
                    {
                        return false; // the import is checked anew: a different package object
                    }
                }
                if (!ReferenceEquals(now, was))
                {
                    return false;
                }
            }
        }
        return seen.Count == cached.Unit.Imports.Count;
    }

    private void Reuse(DirEntry entry, CachedPackage cached, List<GoPackage> packages, List<CheckUnit> units)
    {
        entry.Primary = cached.Unit.Primary;
        packages.Add(cached.Unit.Primary);
        units.Add(cached.Unit);
        _reusedUnits.Add(cached.Unit);
    }

    /// <summary>Offers the packages this load checked (not reused) to the cache (see the class comment for which qualify).</summary>
    private void RememberChecked(List<CheckUnit> units)
    {
        if (_cache is null)
        {
            return;
        }
        foreach (var unit in units)
        {
            if (unit.Entry is not DirEntry entry || !ReferenceEquals(unit.Primary, entry.Primary)
                || unit.Primary.Kind is not (PackageKind.Library or PackageKind.Command)
                || _overlayByDir.ContainsKey(entry.FullDir)
                || unit.Files.Length != entry.Files.Count(f => !f.IsTest) // a mixed directory: several packages
                || unit.InternalErrors.Count > 0)
            {
                continue;
            }
            _cache.Remember(new CachedPackage(entry.UserDir, entry.FullDir, entry.ImportPath, [.. unit.Files.Select(f => f.File)], unit));
        }
    }
}
