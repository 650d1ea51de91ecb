using Strand.Analysis.Engine;
using Strand.Analysis.Findings;

namespace Strand.Reports.Text;

/// <summary>
/// The vet-style report: one line per finding, <c>file:line:col: message (check)</c>, then one
/// indented line per remedy; with <c>verbose</c> also the related locations and the witness.
/// Input errors follow the findings, <c>file:line:col: message</c>, as <c>strand parse</c> prints them.
/// </summary>
public static class TextReport
{
    public static void Write(TextWriter output, AnalysisResult result, bool verbose = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(result);
        foreach (var finding in ReportOrder.Findings(result.Findings))
        {
            WriteFinding(output, finding, verbose);
        }
        foreach (var error in ReportOrder.Errors(result.Errors))
        {
            output.Write(error.ToString());
            output.Write('\n');
        }
    }

    /// <summary>
    /// Where to point for a remedy: its edit in the finding's file nearest the finding, so that an
    /// added import or constant at the top of the file does not hide the edit that matters.
    /// </summary>
    private static SourceSpan RemedyAnchor(Finding finding, SuggestedFix fix)
    {
        if (fix.Edits.IsDefaultOrEmpty)
        {
            return finding.Span;
        }
        var sameFile = fix.Edits.Where(e => e.Span.File == finding.Span.File).ToList();
        if (sameFile.Count == 0)
        {
            return fix.Edits[0].Span;
        }
        return sameFile.OrderBy(e => Math.Abs(e.Span.Line - finding.Span.Line)).ThenBy(e => e.Span.Line).ThenBy(e => e.Span.Column).First().Span;
    }

    public static void WriteFinding(TextWriter output, Finding finding, bool verbose)
    {
        output.Write($"{finding.Span}: {finding.Message} ({finding.Check})\n");
        foreach (var fix in finding.Fixes.IsDefault ? [] : finding.Fixes)
        {
            output.Write($"\t{RemedyAnchor(finding, fix)}: remedy: {fix.Title}\n");
        }
        if (!verbose)
        {
            return;
        }
        foreach (var related in RelatedLocations.Of(finding))
        {
            output.Write($"\t{related.Span}: {related.Message}\n");
        }
        foreach (var step in finding.Witness.IsDefault ? [] : finding.Witness)
        {
            output.Write($"\t  witness: {step}\n");
        }
    }

    /// <summary>The one-line summary that <c>--stats</c> prints on stderr.</summary>
    public static string Summary(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var parts = new List<string>
        {
            Count(result.Findings.Length, "finding"),
            Count(result.Errors.Length, "input error"),
        };
        parts.AddRange(result.Stats.Select(kv => $"{kv.Key}={kv.Value}"));
        return "strand: " + string.Join(", ", parts);
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
