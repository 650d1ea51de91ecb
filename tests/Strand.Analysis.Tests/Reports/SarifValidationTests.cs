using Xunit;
using Strand.Analysis.Engine;
using Strand.Analysis.Tests.Support;
using Strand.Reports.Sarif;

namespace Strand.Analysis.Tests.Reports;

/// <summary>
/// Microsoft's SARIF multitool validates what we write: the schema and its rules. Errors fail the
/// test; warnings are the tool's advice and are allowed.
/// </summary>
public sealed class SarifValidationTests
{
    [SarifToolFact]
    public void Synthetic_findings_make_a_valid_log()
    {
        var dir = Directory.CreateTempSubdirectory("strand-sarif-").FullName;
        var result = SyntheticResults.Result(SyntheticResults.SendLeak(), SyntheticResults.AfterInLoop());
        AssertValid(SarifReport.ToSarif(result, dir), dir);
    }

    [SarifToolFact]
    public void Corpus_findings_make_a_valid_log()
    {
        var dir = Directory.CreateTempSubdirectory("strand-sarif-").FullName;
        var seed = Path.Combine(RepoPaths.TestData, "seed");
        var result = Analyzer.Analyze(new AnalysisRequest([Path.Combine(seed, "multiquery.go"), Path.Combine(seed, "writer.go")]));
        Assert.NotEmpty(result.Findings);
        AssertValid(SarifReport.ToSarif(result, RepoPaths.Root), dir);
    }

    [SarifToolFact]
    public void Validator_rejects_a_broken_log()
    {
        // A control: a region starting at line 0 must be reported, or the check above proves nothing.
        var dir = Directory.CreateTempSubdirectory("strand-sarif-").FullName;
        var sarif = SarifReport.ToSarif(SyntheticResults.Result(SyntheticResults.SendLeak()), dir)
            .Replace("\"startLine\": 22", "\"startLine\": 0", StringComparison.Ordinal);
        var input = Path.Combine(dir, "broken.sarif");
        File.WriteAllText(input, sarif);
        var outcome = SarifTool.Validate(input, Path.Combine(dir, "validation.sarif"));
        Assert.Contains(": error ", outcome.Output);
    }

    private static void AssertValid(string sarif, string dir)
    {
        var input = Path.Combine(dir, "strand.sarif");
        File.WriteAllText(input, sarif);
        var outcome = SarifTool.Validate(input, Path.Combine(dir, "validation.sarif"));
        var errors = outcome.Output.Split('\n').Where(l => l.Contains(": error ", StringComparison.Ordinal)).ToList();
        Assert.True(outcome.ExitCode == 0 && errors.Count == 0 && outcome.Output.Contains("1 files scanned", StringComparison.Ordinal),
            $"sarif-multitool validate (exit {outcome.ExitCode}):\n{outcome.Output}");
    }
}
