using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using Strand.Analysis.Checks;
using Strand.Analysis.Exploration;
using Strand.Analysis.Findings;
using Strand.Analysis.Suppression;
using Strand.Model;
using Strand.Semantics;
using Strand.Syntax.Ast;

namespace Strand.Analysis.Engine;

/// <summary>The single entry of static analysis: load, model, explore, check, filter suppressions.</summary>
public static class Analyzer
{
    public static AnalysisResult Analyze(AnalysisRequest request) => Analyze(request, ExploreBudget.Default);

    public static AnalysisResult Analyze(AnalysisRequest request, ExploreBudget budget)
    {
        ArgumentNullException.ThrowIfNull(request);
        var clock = Stopwatch.StartNew();
        var gcStart = GcCounters.Now();
        var errors = new List<InputError>();
        GoProgram program;
        try
        {
            program = ProgramLoader.Load(request.Paths, request.Overlay, request.LoadCache);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            errors.Add(new InputError(string.Join(" ", request.Paths), 1, 1, "cannot load: " + e.Message));
            return new AnalysisResult([], [.. errors], ImmutableSortedDictionary<string, long>.Empty);
        }
        var loadMs = clock.ElapsedMilliseconds;
        errors.AddRange(program.Errors.Select(e => new InputError(e.File.Replace('\\', '/'), e.Line, e.Column, e.Message)));

        var phases = new PhaseTimes();
        var modelStart = clock.ElapsedMilliseconds;
        var model = new ProgramModel(program.Info);
        foreach (var pkg in program.Packages)
        {
            foreach (var f in pkg.Files)
            {
                model.AddFile(f);
            }
        }
        var modelMs = clock.ElapsedMilliseconds - modelStart;
        var sources = new SourceCache(request.Overlay);
        var enabled = request.Checks;
        bool On(string id) => enabled is null || enabled.Contains(id);

        var packages = request.NamedPackagesOnly ? NamedPackages.Select(program.Packages, request.Paths) : program.Packages;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };

        // Function-local checks and entry finding per package, then every entry of every package as
        // one pool of work: entries differ in cost by four orders of magnitude, so balancing them
        // one by one keeps both cores busy until the end. Results are merged in the old order.
        var work = new PackageWork[packages.Length];
        Parallel.For(0, packages.Length, parallel, i => work[i] = PreparePackage(packages[i], model, sources, On, phases));
        var entries = work.SelectMany(w => w.Entries).ToArray();
        var outcomes = new EntryOutcome?[entries.Length];
        var files = packages.SelectMany(p => p.Files).ToImmutableArray(); // directives elsewhere were not checked: not "unused"
        var stop = new EarlyStop(request.StopWhen, files);
        stop.Saw(work.SelectMany(w => w.Findings));
        foreach (var group in EntryOrder.Groups(entries, request.ExploreFirst))
        {
            var nextEntry = -1;
            Parallel.For(0, Math.Clamp(group.Length, 1, parallel.MaxDegreeOfParallelism), parallel, _ =>
            {
                var explorer = new Explorer(model, budget);
                for (int i; !stop.Stopped && (i = Interlocked.Increment(ref nextEntry)) < group.Length;)
                {
                    var k = group[i];
                    outcomes[k] = AnalyzeEntry(entries[k], model, explorer, sources, On, phases);
                    stop.Saw(outcomes[k]!.Findings);
                }
            });
        }

        var findings = new List<Finding>();
        var seen = new HashSet<(string, string, int, int)>();
        var origins = ImmutableDictionary.CreateBuilder<(string Check, string File, int Line, int Column), string>();
        long entryCount = 0, states = 0, inconclusive = 0, functions = 0;
        void Keep(IEnumerable<Finding> fs, Entry? origin = null)
        {
            foreach (var f in fs)
            {
                var key = (f.Check, f.Span.File, f.Span.Line, f.Span.Column);
                if (seen.Add(key))
                {
                    findings.Add(f);
                    if (origin is not null)
                    {
                        origins[key] = EntryKey.Of(origin.File, origin.Decl);
                    }
                }
            }
        }
        var next = 0;
        foreach (var w in work)
        {
            functions += w.Functions;
            errors.AddRange(w.Notes);
            Keep(w.Findings);
            for (var e = 0; e < w.Entries.Count; e++, next++)
            {
                if (outcomes[next] is not { } o)
                {
                    continue; // not explored: the analysis stopped early
                }
                entryCount++;
                states += o.States;
                inconclusive += o.Inconclusive;
                if (o.Note is { } note)
                {
                    errors.Add(note);
                }
                Keep(o.Findings, entries[next]);
            }
        }

        // Lock and WaitGroup checks that need no explorer (helper of the sync checks).
        var syncStart = clock.ElapsedMilliseconds;
        try
        {
            foreach (var f in stop.Stopped ? Enumerable.Empty<Finding>() : Strand.Analysis.Checks.Sync.SyncSimpleChecks.Run(program))
            {
                if (On(f.Check) && seen.Add((f.Check, f.Span.File, f.Span.Line, f.Span.Column)))
                {
                    findings.Add(f);
                }
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException and not StackOverflowException)
        {
            errors.Add(new InputError("", 1, 1, "note: lock checks skipped: " + e.Message));
        }
        var syncMs = clock.ElapsedMilliseconds - syncStart;

        var kept = findings.ToImmutableArray();
        try
        {
            var outcome = SuppressionFilter.Apply(files, kept);
            kept = outcome.Kept;
            if (On(CheckIds.UnusedIgnore) && !stop.Stopped) // a partial run cannot tell which directives are unused
            {
                kept = kept.AddRange(outcome.UnusedDirectives);
            }
            errors.AddRange(outcome.Malformed);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            errors.Add(new InputError("", 1, 1, "suppression directives could not be read: " + e.Message));
        }

        var sorted = kept
            .OrderBy(f => f.Span.File, StringComparer.Ordinal)
            .ThenBy(f => f.Span.Line)
            .ThenBy(f => f.Span.Column)
            .ThenBy(f => f.Check, StringComparer.Ordinal)
            .ThenBy(f => f.Message, StringComparer.Ordinal)
            .ToImmutableArray();
        var sortedErrors = errors
            .Distinct()
            .OrderBy(e => e.File, StringComparer.Ordinal)
            .ThenBy(e => e.Line)
            .ThenBy(e => e.Column)
            .ThenBy(e => e.Message, StringComparer.Ordinal)
            .ToImmutableArray();
        var stats = new SortedDictionary<string, long>(StringComparer.Ordinal)
        {
            ["files"] = files.Length,
            ["packages"] = packages.Length,
            ["functions"] = functions,
            ["entries"] = entryCount,
            ["states"] = states,
            ["inconclusive"] = inconclusive,
            ["findings"] = sorted.Length,
            ["milliseconds"] = clock.ElapsedMilliseconds,
            ["loadMilliseconds"] = loadMs,
            ["parseMilliseconds"] = program.Stats.ParseMilliseconds,
            ["typeMilliseconds"] = program.Stats.CheckMilliseconds,
            ["modelMilliseconds"] = modelMs,
            ["lowerMilliseconds"] = PhaseTimes.Ms(model.LoweringTicks),
            ["syncChecksMilliseconds"] = syncMs,
        };
        if (stop.Stopped)
        {
            stats["stoppedEarly"] = 1;
        }
        if (program.ReusedPackages > 0)
        {
            stats["reusedPackages"] = program.ReusedPackages;
        }
        phases.AddTo(stats);
        GcCounters.Now().Since(gcStart).AddTo(stats);
        var slowest = request.SlowestEntries <= 0 ? [] : outcomes
            .Where(o => o?.Cost is not null)
            .Select(o => o!.Cost!)
            .OrderByDescending(c => c.Milliseconds)
            .ThenBy(c => c.File, StringComparer.Ordinal)
            .ThenBy(c => c.Line)
            .Take(request.SlowestEntries)
            .ToImmutableArray();
        return new AnalysisResult(sorted, sortedErrors, stats.ToImmutableSortedDictionary(StringComparer.Ordinal)) { SlowestEntries = slowest, Origins = origins.ToImmutable() };
    }

    /// <summary>STRAND_TRACE_ENTRIES=1 prints each entry's cost to stderr (for tuning budgets).</summary>
    private static readonly bool Trace = Environment.GetEnvironmentVariable("STRAND_TRACE_ENTRIES") == "1";

    /// <summary>A package's function-check findings and notes, and the entries to explore, in source order.</summary>
    private sealed record PackageWork(List<Finding> Findings, List<InputError> Notes, long Functions, List<Entry> Entries);

    private sealed record EntryOutcome(List<Finding> Findings, InputError? Note, int States, int Inconclusive, EntryCost? Cost);

    private static PackageWork PreparePackage(GoPackage pkg, ProgramModel model, SourceCache sources, Func<string, bool> on, PhaseTimes phases)
    {
        var findings = new List<Finding>();
        var notes = new List<InputError>();
        var shapes = new Dictionary<FuncDecl, FunctionShape>(ReferenceEqualityComparer.Instance);
        long functions = 0;

        // Function-local checks (data flow and syntax).
        var started = PhaseTimes.Now;
        foreach (var file in pkg.Files)
        {
            foreach (var d in file.Decls)
            {
                if (d is not FuncDecl { Body: not null } fd)
                {
                    continue;
                }
                functions++;
                try
                {
                    var shape = FunctionShape.Of(fd.Body, model.Info); // one walk for every check and for entry finding
                    shapes[fd] = shape;
                    foreach (var check in FunctionChecks.All)
                    {
                        if (on(check.Id) && check.MayReport(shape))
                        {
                            findings.AddRange(check.Run(fd, file, pkg, model, sources));
                        }
                    }
                }
                catch (Exception e) when (e is not OutOfMemoryException and not StackOverflowException)
                {
                    notes.Add(Note(file, fd, "function checks skipped: " + e.Message));
                }
            }
        }
        phases.FunctionChecks(started);
        started = PhaseTimes.Now;
        var entries = new EntryFinder(model.Info, model.GoroutineReach, shapes).Find(pkg).ToList();
        phases.EntryFinding(started);
        return new PackageWork(findings, notes, functions, entries);
    }

    /// <summary>Explores one entry and turns its stuck goroutines into findings.</summary>
    private static EntryOutcome AnalyzeEntry(Entry entry, ProgramModel model, Explorer explorer, SourceCache sources, Func<string, bool> on, PhaseTimes phases)
    {
        var findings = new List<Finding>();
        var states = 0;
        var inconclusive = 0;
        EntryCost? cost = null;
        try
        {
            if (model.Function(entry.Decl) is not { } fm)
            {
                return new EntryOutcome(findings, null, 0, 0, null);
            }
            var started = PhaseTimes.Now;
            var result = explorer.Explore(fm, entry.IsMain);
            var ms = PhaseTimes.Ms(PhaseTimes.Now - started);
            phases.Exploring(started);
            var p = entry.File.Lines.Position(entry.Decl.Pos);
            cost = new EntryCost(Positions.PathOf(entry.File), p.Line, fm.Name, ms, result.States, result.Inconclusive);
            if (Trace)
            {
                Console.Error.WriteLine($"strand: entry {cost}");
            }
            states = result.States;
            inconclusive = result.Inconclusive ? 1 : 0;
            started = PhaseTimes.Now;
            var facts = new FactsBuilder(model, result, fm.Name);
            var (syncFindings, syncHandled) = Checks.Sync.SyncStuckChecks.Run(new Checks.Sync.SyncStuckContext(model, result, on));
            findings.AddRange(syncFindings);
            foreach (var stuck in result.Stuck)
            {
                if (syncHandled.Contains(stuck) || facts.Build(stuck) is not { } bf)
                {
                    continue;
                }
                var check = LeakChecks.All.FirstOrDefault(c => c.Matches(bf));
                if (check is null || !on(check.Id))
                {
                    continue;
                }
                findings.Add(FindingFactory.Leak(check, bf, new ExplorationContext(model.Info, sources, result)));
            }
            phases.LeakChecks(started);
            return new EntryOutcome(findings, null, states, inconclusive, cost);
        }
        catch (Exception e) when (e is not OutOfMemoryException and not StackOverflowException)
        {
            // as before the split: what was found until then stays, and the entry counts as inconclusive
            return new EntryOutcome(findings, Note(entry.File, entry.Decl, $"analysis of {entry.Decl.Name.Name} stopped: {e.GetType().Name}: {e.Message}"), states, inconclusive + 1, cost);
        }
    }

    private static InputError Note(GoFile file, Node node, string message)
    {
        var p = file.Lines.Position(node.Pos);
        return new InputError(Positions.PathOf(file), p.Line, p.Column, "note: " + message);
    }
}
