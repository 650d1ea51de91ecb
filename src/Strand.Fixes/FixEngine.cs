using System.Collections.Immutable;
using Strand.Analysis.Engine;
using Strand.Analysis.Findings;
using Strand.Fixes.Editing;
using Strand.Fixes.Engine;
using Strand.Fixes.Planners;

namespace Strand.Fixes;

/// <summary>
/// Plans remedies for findings and keeps only the verified ones: the edits are applied in memory
/// and the code re-analysed with the edited files as an overlay; a remedy stays when its finding is
/// gone, no new finding appears and the edited files parse as well as before.
/// </summary>
public sealed class FixEngine
{
    private readonly Func<AnalysisRequest, AnalysisResult> _analyze;
    private readonly ImmutableArray<IFixPlanner> _planners;

    public FixEngine(Func<AnalysisRequest, AnalysisResult>? analyze = null, IEnumerable<IFixPlanner>? planners = null)
    {
        _analyze = analyze ?? Analyzer.Analyze;
        _planners = planners is null ? PlannerCatalog.All : [.. planners];
    }

    public static FixEngine Default { get; } = new();

    /// <summary>
    /// The findings of <paramref name="result"/> with <see cref="Finding.Fixes"/> set to their verified
    /// remedies, best first (each verified on its own against the original code). This is what
    /// <c>strand check --format json|sarif</c> reports as <c>fixes</c>.
    /// </summary>
    public ImmutableArray<Finding> AttachFixes(AnalysisRequest request, AnalysisResult result)
    {
        request = WithLoadCache(request);
        var sources = SourceSet.FromDisk(request.Overlay);
        // Plan first (cheap, syntax only), then verify every (finding, remedy) pair on its own over
        // both cores: each verification is an independent re-analysis, and the results go back to
        // their finding in planned order, so the output does not depend on the schedule.
        var findings = result.Findings;
        var planned = findings.Select(finding => Candidates(finding, sources, []).ToArray()).ToArray();
        var work = planned.SelectMany((fixes, i) => fixes.Select(fix => (Finding: i, Fix: fix))).ToArray();
        var verified = new bool[work.Length];
        Parallel.For(0, work.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, k =>
        {
            var (i, fix) = work[k];
            // Only yes or no matters here (refusals are not shown), so a re-analysis may stop at the
            // first finding that refuses the remedy; `strand fix` keeps full re-analyses for its refusals.
            verified[k] = Verify(request, result, sources, findings[i], Group(fix.Edits), [], fix.Title, out _, stopEarly: true);
        });
        var kept = findings.Select(_ => ImmutableArray.CreateBuilder<SuggestedFix>()).ToArray();
        for (var k = 0; k < work.Length; k++)
        {
            if (verified[k])
            {
                kept[work[k].Finding].Add(work[k].Fix);
            }
        }
        return [.. findings.Select((finding, i) => finding with { Fixes = kept[i].ToImmutable() })];
    }

    /// <summary>Analyses the request, then fixes what it can (see <see cref="Fix"/>).</summary>
    public FixRun Run(AnalysisRequest request)
    {
        request = WithLoadCache(request);
        return Fix(request, _analyze(request));
    }

    /// <summary>Re-analyses share checked imports (with the first analysis too when it had the same cache).</summary>
    private static AnalysisRequest WithLoadCache(AnalysisRequest request) =>
        request.LoadCache is null ? request with { LoadCache = new Strand.Semantics.LoadCache() } : request;

    /// <summary>
    /// For each finding in order, applies the first remedy that verifies on top of the remedies
    /// already applied; a finding that an earlier remedy already removed needs nothing more.
    /// </summary>
    public FixRun Fix(AnalysisRequest request, AnalysisResult baseline)
    {
        request = WithLoadCache(request);
        var sources = SourceSet.FromDisk(request.Overlay);
        var accepted = new Dictionary<string, List<TextEdit>>(StringComparer.Ordinal);
        var current = baseline;
        var results = ImmutableArray.CreateBuilder<FindingFixes>();
        foreach (var finding in baseline.Findings)
        {
            // Findings of unselected checks still count when verifying, but are not fixed.
            if (request.Checks is { } selected && !selected.Contains(finding.Check))
            {
                continue;
            }
            var refusals = new List<string>();
            if (accepted.Count > 0 && !StillReported(finding, current, sources, accepted))
            {
                results.Add(new FindingFixes(finding, [], null, ["already fixed by a remedy applied for an earlier finding"]));
                continue;
            }
            SuggestedFix? applied = null;
            foreach (var fix in Candidates(finding, sources, refusals))
            {
                var trial = Merge(accepted, fix.Edits);
                if (trial is null)
                {
                    refusals.Add($"{fix.Title}: its edits overlap a remedy already applied");
                    continue;
                }
                if (Verify(request, baseline, sources, finding, trial, refusals, fix.Title, out var after))
                {
                    applied = fix;
                    accepted = trial;
                    // Findings outside the re-analysed packages were not looked at again: keep them.
                    var scope = Narrow(request, trial.Keys);
                    current = after! with { Findings = [.. current.Findings.Where(f => !InScope(scope, f.Span.File)).Concat(after.Findings)] };
                    break;
                }
            }
            results.Add(new FindingFixes(finding, applied is null ? [] : [applied], applied, [.. refusals]));
        }
        var originals = ImmutableSortedDictionary.CreateBuilder<string, byte[]>(StringComparer.Ordinal);
        var updated = ImmutableSortedDictionary.CreateBuilder<string, byte[]>(StringComparer.Ordinal);
        foreach (var (file, edits) in accepted)
        {
            var document = sources.Get(file)!;
            originals[file] = document.Bytes;
            updated[file] = EditApplier.Apply(document.Bytes, edits);
        }
        return new FixRun(results.ToImmutable(), baseline.Errors, originals.ToImmutable(), updated.ToImmutable());
    }

    /// <summary>Every planner's candidates for one finding, best first; planner failures become refusals.</summary>
    public IEnumerable<SuggestedFix> Candidates(Finding finding, SourceSet sources, List<string> refusals)
    {
        var document = sources.Get(finding.Span.File);
        if (document is null)
        {
            refusals.Add($"{finding.Span.File}: cannot be read");
            yield break;
        }
        var context = new FixContext(finding, document, sources.Get);
        foreach (var planner in _planners)
        {
            List<SuggestedFix> planned;
            try
            {
                planned = [.. planner.Plan(context)];
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A planner bug must cost one remedy, never the run.
                refusals.Add($"{planner.Name}: could not plan ({e.GetType().Name}: {e.Message})");
                continue;
            }
            foreach (var fix in planned)
            {
                if (!EditApplier.AreDisjoint(fix.Edits))
                {
                    refusals.Add($"{fix.Title}: its edits overlap each other");
                    continue;
                }
                yield return fix;
            }
        }
        refusals.AddRange(context.Declines);
    }

    /// <param name="stopEarly">
    /// Let the re-analysis stop at the first finding that refuses the remedy (the target again, or one
    /// the baseline does not know), exploring first the entry that reported the target and the edited
    /// functions. The answer is the same as a full re-analysis gives: a stopped re-analysis returns
    /// that finding, and the loop below refuses on it (or on an earlier one); one that did not stop
    /// is the full re-analysis. Only the refusal text may differ, hence not for <see cref="Fix"/>.
    /// </param>
    private bool Verify(AnalysisRequest request, AnalysisResult baseline, SourceSet sources, Finding target,
        Dictionary<string, List<TextEdit>> edits, List<string> refusals, string title, out AnalysisResult? after, bool stopEarly = false)
    {
        after = null;
        var updated = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (file, fileEdits) in edits)
        {
            updated[file] = EditApplier.Apply(sources.Get(file)!.Bytes, fileEdits);
        }
        var overlay = (request.Overlay ?? ImmutableDictionary<string, byte[]>.Empty).SetItems(updated);
        var matcher = new FindingMatcher(sources, edits, updated);
        var known = baseline.Findings.Select(matcher.KeyOfOriginal).ToHashSet();
        var targetKey = matcher.KeyOfOriginal(target);
        bool Refuses(Finding finding) => FindingMatcher.KeyOfNew(finding) is var key && (key == targetKey || !known.Contains(key));
        var narrowed = Narrow(request, updated.Keys) with { Overlay = overlay };
        if (stopEarly)
        {
            narrowed = narrowed with
            {
                StopWhen = Refuses,
                ExploreFirst = VerifyOrder.ExploreFirst(baseline, target, sources, edits),
            };
        }
        try
        {
            after = _analyze(narrowed);
            VerifyTrace.Write(target, title, after);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            refusals.Add($"{title}: re-analysis failed ({e.Message})");
            return false;
        }
        var errorsBefore = baseline.Errors.Count(e => updated.ContainsKey(e.File));
        var errorsAfter = after.Errors.Count(e => updated.ContainsKey(e.File));
        if (errorsAfter > errorsBefore)
        {
            refusals.Add($"{title}: the edited code has new errors ({after.Errors.First(e => updated.ContainsKey(e.File))})");
            return false;
        }
        if (after.Findings.FirstOrDefault(Refuses) is not { } refusing)
        {
            return true;
        }
        refusals.Add(FindingMatcher.KeyOfNew(refusing) == targetKey
            ? $"{title}: re-analysis still reports the finding"
            : $"{title}: re-analysis reports a new finding: {refusing.Span}: {refusing.Message} ({refusing.Check})");
        return false;
    }

    /// <summary>
    /// Re-analyses only the packages of the edited files (the file itself when the user named it):
    /// a fix in one package of <c>./...</c> must not cost an analysis of the whole tree. Dropping the
    /// other packages only removes findings, so "nothing new appears" stays a sound test for them.
    /// </summary>
    private static AnalysisRequest Narrow(AnalysisRequest request, IEnumerable<string> editedFiles)
    {
        var given = request.Paths.ToHashSet(StringComparer.Ordinal);
        var paths = editedFiles
            .Select(file => given.Contains(file) ? file : (Path.GetDirectoryName(file) is { Length: > 0 } dir ? dir : "."))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToImmutableArray();
        return request with { Paths = paths, NamedPackagesOnly = true };
    }

    private static bool InScope(AnalysisRequest narrowed, string file) =>
        narrowed.Paths.Contains(file) || narrowed.Paths.Contains(Path.GetDirectoryName(file) is { Length: > 0 } dir ? dir : ".");

    private static bool StillReported(Finding finding, AnalysisResult current, SourceSet sources,
        Dictionary<string, List<TextEdit>> accepted)
    {
        var updated = accepted.ToDictionary(p => p.Key, p => EditApplier.Apply(sources.Get(p.Key)!.Bytes, p.Value), StringComparer.Ordinal);
        var matcher = new FindingMatcher(sources, accepted, updated);
        var key = matcher.KeyOfOriginal(finding);
        return current.Findings.Any(f => FindingMatcher.KeyOfNew(f) == key);
    }

    private static Dictionary<string, List<TextEdit>> Group(IEnumerable<TextEdit> edits) =>
        Merge(new Dictionary<string, List<TextEdit>>(StringComparer.Ordinal), edits)!;

    /// <summary>The accepted edits plus <paramref name="edits"/>, or null when they overlap.</summary>
    private static Dictionary<string, List<TextEdit>>? Merge(Dictionary<string, List<TextEdit>> accepted, IEnumerable<TextEdit> edits)
    {
        var merged = accepted.ToDictionary(p => p.Key, p => new List<TextEdit>(p.Value), StringComparer.Ordinal);
        foreach (var edit in edits)
        {
            if (!merged.TryGetValue(edit.Span.File, out var list))
            {
                list = [];
                merged[edit.Span.File] = list;
            }
            // Two remedies in one file may both add the same import or constant: keep one copy.
            if (!list.Any(e => e.StartOffset == edit.StartOffset && e.EndOffset == edit.EndOffset && e.NewText == edit.NewText))
            {
                list.Add(edit);
            }
        }
        return merged.Values.All(EditApplier.AreDisjoint) ? merged : null;
    }
}
