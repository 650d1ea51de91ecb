namespace Strand.Semantics;

/// <summary>
/// Checks units in dependency order: a unit starts once every unit it imports is done, so units
/// of one level run in parallel without sharing mutable state. Import cycles (only in broken
/// code) are cut at the back edge. Workers have large stacks because checking recurses along
/// the syntax tree, whose depth only the parser's nesting limit bounds.
/// </summary>
internal static class Scheduler
{
    private const int StackBytes = 256 * 1024 * 1024;

    public static void CheckAll(IReadOnlyList<CheckUnit> units)
    {
        var byPackage = new Dictionary<GoPackage, CheckUnit>(ReferenceEqualityComparer.Instance);
        foreach (var u in units)
        {
            byPackage[u.Primary] = u;
        }
        var deps = new Dictionary<CheckUnit, List<CheckUnit>>(ReferenceEqualityComparer.Instance);
        foreach (var u in units)
        {
            var list = new List<CheckUnit>();
            if (u.DependsOn is not null && byPackage.TryGetValue(u.DependsOn, out var parent))
            {
                list.Add(parent);
            }
            foreach (var target in u.Imports.Values)
            {
                if (target is not null && byPackage.TryGetValue(target, out var d) && !ReferenceEquals(d, u) && !list.Contains(d))
                {
                    list.Add(d);
                }
            }
            deps[u] = list;
        }
        var levels = Levels(units, deps);
        foreach (var level in levels)
        {
            RunParallel(level);
        }
    }

    /// <summary>Level of a unit = 1 + the highest level of its dependencies (back edges of cycles ignored).</summary>
    private static List<List<CheckUnit>> Levels(IReadOnlyList<CheckUnit> units, Dictionary<CheckUnit, List<CheckUnit>> deps)
    {
        var level = new Dictionary<CheckUnit, int>(ReferenceEqualityComparer.Instance);
        var onStack = new HashSet<CheckUnit>(ReferenceEqualityComparer.Instance);
        foreach (var root in units)
        {
            if (level.ContainsKey(root))
            {
                continue;
            }
            // Iterative post-order DFS.
            var stack = new Stack<(CheckUnit Unit, int Next)>();
            stack.Push((root, 0));
            onStack.Add(root);
            while (stack.Count > 0)
            {
                var (u, next) = stack.Pop();
                var ds = deps[u];
                if (next < ds.Count)
                {
                    stack.Push((u, next + 1));
                    var d = ds[next];
                    if (!level.ContainsKey(d) && !onStack.Contains(d))
                    {
                        onStack.Add(d);
                        stack.Push((d, 0));
                    }
                    continue;
                }
                var l = 0;
                foreach (var d in ds)
                {
                    if (level.TryGetValue(d, out var dl))
                    {
                        l = Math.Max(l, dl + 1);
                    }
                }
                level[u] = l;
                onStack.Remove(u);
            }
        }
        var max = level.Count == 0 ? -1 : level.Values.Max();
        var result = new List<List<CheckUnit>>();
        for (var i = 0; i <= max; i++)
        {
            result.Add([]);
        }
        foreach (var u in units)
        {
            result[level[u]].Add(u);
        }
        return result;
    }

    private static void RunParallel(List<CheckUnit> level)
    {
        if (level.Count == 0)
        {
            return;
        }
        var workers = Math.Min(Environment.ProcessorCount, level.Count);
        var next = -1;
        void Work()
        {
            while (true)
            {
                var i = Interlocked.Increment(ref next);
                if (i >= level.Count)
                {
                    return;
                }
                CheckOne(level[i]);
            }
        }
        var threads = new Thread[workers];
        for (var w = 0; w < workers; w++)
        {
            threads[w] = new Thread(Work, StackBytes) { IsBackground = true, Name = "strand-check" };
            threads[w].Start();
        }
        foreach (var t in threads)
        {
            t.Join();
        }
    }

    private static void CheckOne(CheckUnit unit)
    {
        try
        {
            new PackageChecker(unit).Run();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A checker bug must not take the whole load down: report it against the package.
            var file = unit.Files.IsEmpty ? unit.Primary.Directory : unit.Files[0].File.Path;
            lock (unit.InternalErrors)
            {
                unit.InternalErrors.Add(new LoadError(file, 0, 0, $"internal error while checking package {unit.Primary.ImportPath}: {e.GetType().Name}: {e.Message}"));
            }
        }
    }
}
