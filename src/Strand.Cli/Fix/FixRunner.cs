using Strand.Analysis.Engine;
using Strand.Fixes;
using Strand.Fixes.Diffing;
using Strand.Fixes.Writing;

namespace Strand.Cli.Fix;

/// <summary>
/// Runs <c>strand fix</c>: analyse, plan and verify remedies, then print a unified diff (default)
/// or write the files safely (<c>--write</c>). What was fixed, and why the rest could not be, goes
/// to stderr in vet style. Exit codes: diff mode 1 when there is something to fix (a diff was
/// printed), 0 otherwise; write mode 0 when every finding was fixed and written, 1 when findings
/// remain without a verified remedy; 2 for a usage error, an analysis failure or a refused write.
/// </summary>
public static class FixRunner
{
    public static int Run(FixOptions options, FixEngine engine, SafeWriter writer, TextWriter stdout, TextWriter stderr)
    {
        FixRun run;
        try
        {
            run = engine.Run(new AnalysisRequest(options.Paths, options.Checks));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            stderr.WriteLine($"strand fix: internal error: {e.GetType().Name}: {e.Message}");
            return 2;
        }
        foreach (var error in run.Errors)
        {
            stderr.WriteLine(error);
        }
        foreach (var result in run.Results)
        {
            var at = result.Finding.Span;
            if (result.Applied is not null)
            {
                stderr.WriteLine($"{at}: fixed ({result.Finding.Check}): {result.Applied.Title}");
                continue;
            }
            if (result.Refusals.Any(IsFixedByOther))
            {
                stderr.WriteLine($"{at}: fixed ({result.Finding.Check}) by the remedy of an earlier finding");
                continue;
            }
            stderr.WriteLine($"{at}: no verified remedy ({result.Finding.Check})");
            foreach (var refusal in result.Refusals)
            {
                stderr.WriteLine($"\t{refusal}");
            }
        }
        var unfixed = run.Results.Count(r => r.Applied is null && !r.Refusals.Any(IsFixedByOther));
        if (!options.Write)
        {
            foreach (var (path, updated) in run.Updated)
            {
                stdout.Write(UnifiedDiff.Render(path, run.Originals[path], updated));
            }
            stdout.Flush();
            return run.Updated.IsEmpty ? 0 : 1;
        }
        if (!run.Updated.IsEmpty)
        {
            var changes = run.Updated.Select(p => new FileChange(p.Key, run.Originals[p.Key], p.Value)).ToList();
            var outcome = writer.WriteAll(changes, options.Paths);
            if (!outcome.Succeeded)
            {
                foreach (var error in outcome.Errors)
                {
                    stderr.WriteLine($"strand fix: {error}");
                }
                return 2;
            }
            foreach (var path in outcome.Written)
            {
                stderr.WriteLine($"strand fix: wrote {path}");
            }
        }
        return unfixed == 0 ? 0 : 1;
    }

    private static bool IsFixedByOther(string refusal) => refusal.StartsWith("already fixed", StringComparison.Ordinal);
}
