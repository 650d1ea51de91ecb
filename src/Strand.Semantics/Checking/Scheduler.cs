namespace Strand.Semantics;

/// <summary>
/// Checks units in dependency order: a unit starts as soon as every unit it imports is done (not
/// level by level: the standard library's import graph is deep and narrow at the bottom, and
/// waiting for a whole level left a core idle), so units run in parallel without sharing mutable
/// state. Among ready units, those heading the longest chain of dependents (by source size) go
/// first. Import cycles (only in broken code) are cut at the back edge. Workers have large stacks
/// because checking recurses along the syntax tree, whose depth only the parser's nesting limit
/// bounds. The order of checking does not change any result: each unit writes only its own tables.
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
        var level = Levels(units, deps);
        // Only edges to a lower level count: that cuts exactly the back edges of cycles.
        var waiting = new Dictionary<CheckUnit, int>(ReferenceEqualityComparer.Instance);
        var dependents = new Dictionary<CheckUnit, List<CheckUnit>>(ReferenceEqualityComparer.Instance);
        foreach (var u in units)
        {
            dependents[u] = [];
        }
        foreach (var u in units)
        {
            var n = 0;
            foreach (var d in deps[u])
            {
                if (level[d] < level[u])
                {
                    dependents[d].Add(u);
                    n++;
                }
            }
            waiting[u] = n;
        }
        var rank = Ranks(units, level, dependents);
        var index = new Dictionary<CheckUnit, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < units.Count; i++)
        {
            index[units[i]] = i;
        }
        var ready = new PriorityQueue<CheckUnit, (long, int)>();
        foreach (var u in units)
        {
            if (waiting[u] == 0)
            {
                ready.Enqueue(u, (-rank[u], index[u]));
            }
        }
        var gate = new object();
        var left = units.Count;
        void Work()
        {
            while (true)
            {
                CheckUnit unit;
                lock (gate)
                {
                    while (ready.Count == 0 && left > 0)
                    {
                        Monitor.Wait(gate);
                    }
                    if (left == 0)
                    {
                        return;
                    }
                    unit = ready.Dequeue();
                }
                CheckOne(unit);
                lock (gate)
                {
                    left--;
                    foreach (var d in dependents[unit])
                    {
                        if (--waiting[d] == 0)
                        {
                            ready.Enqueue(d, (-rank[d], index[d]));
                        }
                    }
                    Monitor.PulseAll(gate);
                }
            }
        }
        var workers = Math.Max(1, Math.Min(Environment.ProcessorCount, units.Count));
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

    /// <summary>Source size of a unit plus the largest rank among its dependents: how much work waits on it.</summary>
    private static Dictionary<CheckUnit, long> Ranks(IReadOnlyList<CheckUnit> units, Dictionary<CheckUnit, int> level, Dictionary<CheckUnit, List<CheckUnit>> dependents)
    {
        var rank = new Dictionary<CheckUnit, long>(ReferenceEqualityComparer.Instance);
        foreach (var u in units.OrderByDescending(u => level[u]))
        {
            var own = 1L + u.Files.Sum(f => (long)Math.Max(0, f.File.End - f.File.Pos));
            var after = 0L;
            foreach (var d in dependents[u])
            {
                after = Math.Max(after, rank[d]);
            }
            rank[u] = own + after;
        }
        return rank;
    }

    /// <summary>Level of a unit = 1 + the highest level of its dependencies (back edges of cycles ignored).</summary>
    private static Dictionary<CheckUnit, int> Levels(IReadOnlyList<CheckUnit> units, Dictionary<CheckUnit, List<CheckUnit>> deps)
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
        return level;
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
