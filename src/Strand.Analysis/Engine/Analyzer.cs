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
        var errors = new List<InputError>();
        GoProgram program;
        try
        {
            program = ProgramLoader.Load(request.Paths, request.Overlay);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            errors.Add(new InputError(string.Join(" ", request.Paths), 1, 1, "cannot load: " + e.Message));
            return new AnalysisResult([], [.. errors], ImmutableSortedDictionary<string, long>.Empty);
        }
        var loadMs = clock.ElapsedMilliseconds;
        errors.AddRange(program.Errors.Select(e => new InputError(e.File.Replace('\\', '/'), e.Line, e.Column, e.Message)));

        var model = new ProgramModel(program.Info);
        foreach (var pkg in program.Packages)
        {
            foreach (var f in pkg.Files)
            {
                model.AddFile(f);
            }
        }
        var sources = new SourceCache(request.Overlay);
        var enabled = request.Checks;
        bool On(string id) => enabled is null || enabled.Contains(id);

        var perPackage = new ConcurrentDictionary<int, PackageOutcome>();
        Parallel.For(0, program.Packages.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            perPackage[i] = AnalyzePackage(program.Packages[i], model, budget, sources, On);
        });

        var findings = new List<Finding>();
        var seen = new HashSet<(string, string, int, int)>();
        long entries = 0, states = 0, inconclusive = 0, functions = 0;
        for (var i = 0; i < program.Packages.Length; i++)
        {
            var o = perPackage[i];
            entries += o.Entries;
            states += o.States;
            inconclusive += o.Inconclusive;
            functions += o.Functions;
            errors.AddRange(o.Notes);
            foreach (var f in o.Findings)
            {
                if (seen.Add((f.Check, f.Span.File, f.Span.Line, f.Span.Column)))
                {
                    findings.Add(f);
                }
            }
        }

        // Lock and WaitGroup checks that need no explorer (helper of the sync checks).
        try
        {
            foreach (var f in Strand.Analysis.Checks.Sync.SyncSimpleChecks.Run(program))
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

        var files = program.Packages.SelectMany(p => p.Files).ToImmutableArray();
        var kept = findings.ToImmutableArray();
        try
        {
            var outcome = SuppressionFilter.Apply(files, kept);
            kept = outcome.Kept;
            if (On(CheckIds.UnusedIgnore))
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
            ["packages"] = program.Packages.Length,
            ["functions"] = functions,
            ["entries"] = entries,
            ["states"] = states,
            ["inconclusive"] = inconclusive,
            ["findings"] = sorted.Length,
            ["milliseconds"] = clock.ElapsedMilliseconds,
            ["loadMilliseconds"] = loadMs,
        };
        return new AnalysisResult(sorted, sortedErrors, stats.ToImmutableSortedDictionary(StringComparer.Ordinal));
    }

    /// <summary>STRAND_TRACE_ENTRIES=1 prints each entry's cost to stderr (for tuning budgets).</summary>
    private static readonly bool Trace = Environment.GetEnvironmentVariable("STRAND_TRACE_ENTRIES") == "1";

    private sealed record PackageOutcome(List<Finding> Findings, List<InputError> Notes, long Entries, long States, long Inconclusive, long Functions);

    private static PackageOutcome AnalyzePackage(GoPackage pkg, ProgramModel model, ExploreBudget budget, SourceCache sources, Func<string, bool> on)
    {
        var findings = new List<Finding>();
        var notes = new List<InputError>();
        long entries = 0, states = 0, inconclusive = 0, functions = 0;

        // Function-local checks (data flow and syntax).
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
                    foreach (var check in FunctionChecks.All)
                    {
                        if (on(check.Id))
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

        // Explorer-based checks, per entry.
        var finder = new EntryFinder(model.Info);
        var explorer = new Explorer(model, budget);
        foreach (var entry in finder.Find(pkg))
        {
            entries++;
            try
            {
                if (model.Function(entry.Decl) is not { } fm)
                {
                    continue;
                }
                var started = Stopwatch.GetTimestamp();
                var result = explorer.Explore(fm, entry.IsMain);
                if (Trace)
                {
                    Console.Error.WriteLine($"strand: entry {Positions.At(entry.File, entry.Decl)} {fm.Name}: {result.States} states, {Stopwatch.GetElapsedTime(started).TotalMilliseconds:F0} ms{(result.Inconclusive ? ", inconclusive" : "")}");
                }
                states += result.States;
                if (result.Inconclusive)
                {
                    inconclusive++;
                }
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
            }
            catch (Exception e) when (e is not OutOfMemoryException and not StackOverflowException)
            {
                inconclusive++;
                notes.Add(Note(entry.File, entry.Decl, $"analysis of {entry.Decl.Name.Name} stopped: {e.GetType().Name}: {e.Message}"));
            }
        }
        return new PackageOutcome(findings, notes, entries, states, inconclusive, functions);
    }

    private static InputError Note(GoFile file, Node node, string message)
    {
        var p = file.Lines.Position(node.Pos);
        return new InputError(Positions.PathOf(file), p.Line, p.Column, "note: " + message);
    }
}
