using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;
using Strand.Analysis.Findings;
using Strand.Analysis.Checks;
using Strand.Analysis.Engine;
using Strand.Reports.Json;
using Strand.Reports.Sarif;
using Strand.Reports.Text;

namespace Strand.Cli.Check;

/// <summary>
/// Runs one analysis and writes the report. The analyser is a parameter so that tests can feed
/// synthetic results; the command passes <see cref="Analyzer.Analyze"/>.
/// Exit code: 0 nothing found, 1 findings or input errors to look at, 2 when the analysis could not run.
/// </summary>
public static class CheckRunner
{
    /// <summary>How many of the slowest entries <c>--stats</c> lists (where the exploration time goes).</summary>
    private const int SlowestShown = 10;

    public static int Run(
        CheckOptions options,
        Func<AnalysisRequest, AnalysisResult> analyze,
        TextWriter stdout,
        TextWriter stderr,
        string? baseDirectory = null,
        Func<AnalysisRequest, AnalysisResult, ImmutableArray<Finding>>? verifiedFixes = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(analyze);
        AnalysisResult result;
        var request = new AnalysisRequest(options.Paths, options.Checks) { SlowestEntries = options.Stats ? SlowestShown : 0 };
        if (verifiedFixes is not null)
        {
            // The first analysis keeps its checked packages for the re-analyses that verify remedies.
            request = request with { LoadCache = new Strand.Semantics.LoadCache() };
        }
        try
        {
            result = analyze(request);
            if (verifiedFixes is not null && !result.Findings.IsDefaultOrEmpty)
            {
                // Remedies are shown only once re-analysis proved them; before the check filter, so that
                // findings of unselected checks are not mistaken for new ones.
                var verifyStart = Stopwatch.GetTimestamp();
                result = result with { Findings = verifiedFixes(request, result) };
                if (options.Stats)
                {
                    // Remedy verification re-analyses edited packages after the main run: its own line.
                    result = result with { Stats = result.Stats.SetItem("fixVerifyMilliseconds", (long)Stopwatch.GetElapsedTime(verifyStart).TotalMilliseconds) };
                }
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug in Strand must not look like a clean run: say so and fail with the input-error code.
            stderr.WriteLine($"strand check: internal error: {e.GetType().Name}: {e.Message}");
            return 2;
        }
        result = SelectChecks(result, options.Checks);

        switch (options.Format)
        {
            case ReportFormat.Json:
                stdout.Write(JsonReport.ToJson(result));
                break;
            case ReportFormat.Sarif:
                stdout.Write(SarifReport.ToSarif(result, baseDirectory ?? Directory.GetCurrentDirectory()));
                break;
            default:
                var text = new StringWriter(new StringBuilder()) { NewLine = "\n" };
                TextReport.Write(text, result, options.Verbose);
                stdout.Write(text.ToString());
                break;
        }
        stdout.Flush();
        if (options.Stats)
        {
            stderr.WriteLine(TextReport.Summary(result));
            foreach (var cost in result.SlowestEntries.IsDefault ? [] : result.SlowestEntries)
            {
                stderr.WriteLine($"strand: slow entry: {cost}");
            }
        }
        return result.Findings.IsDefaultOrEmpty && result.Errors.IsDefaultOrEmpty ? 0 : 1;
    }

    /// <summary>Keeps only the selected checks (and directive findings, which are about the selection).</summary>
    private static AnalysisResult SelectChecks(AnalysisResult result, IReadOnlySet<string>? checks)
    {
        var findings = result.Findings.IsDefault ? [] : result.Findings;
        if (checks is null)
        {
            return result with { Findings = findings };
        }
        var kept = findings.Where(f => checks.Contains(f.Check) || f.Check == CheckIds.UnusedIgnore).ToList();
        return result with { Findings = [.. kept] };
    }
}
