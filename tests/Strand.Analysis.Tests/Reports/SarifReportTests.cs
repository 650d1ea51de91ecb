using Xunit;
using System.Text.Json;
using Strand.Analysis.Checks;
using Strand.Reports.Sarif;

namespace Strand.Analysis.Tests.Reports;

public sealed class SarifReportTests
{
    private static JsonElement Run(string sarif) => JsonDocument.Parse(sarif).RootElement.GetProperty("runs")[0];

    [Fact]
    public void Driver_has_a_rule_per_check_with_descriptions_help_and_level()
    {
        var run = Run(SarifReport.ToSarif(SyntheticResults.Empty, "/work/repo"));
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("strand", driver.GetProperty("name").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(CheckCatalog.Ids.ToArray(), rules.Select(r => r.GetProperty("id").GetString()).ToArray());
        var after = rules.Single(r => r.GetProperty("id").GetString() == CheckIds.AfterInLoop);
        Assert.Equal("AfterInLoop", after.GetProperty("name").GetString());
        Assert.Equal("warning", after.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.False(string.IsNullOrWhiteSpace(after.GetProperty("shortDescription").GetProperty("text").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(after.GetProperty("fullDescription").GetProperty("text").GetString()));
        Assert.Contains("Fixed:", after.GetProperty("help").GetProperty("text").GetString());
        Assert.Equal("file:///work/repo/", run.GetProperty("originalUriBaseIds").GetProperty("SRCROOT").GetProperty("uri").GetString());
    }

    [Fact]
    public void Result_has_location_related_code_flow_and_fixes()
    {
        var run = Run(SarifReport.ToSarif(SyntheticResults.Result(SyntheticResults.SendLeak()), "/work/repo"));
        var result = run.GetProperty("results")[0];
        Assert.Equal("chan-send-leak", result.GetProperty("ruleId").GetString());
        Assert.Equal(CheckCatalog.Ids.IndexOf("chan-send-leak"), result.GetProperty("ruleIndex").GetInt32());
        Assert.Equal("error", result.GetProperty("level").GetString());
        var loc = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("svc/query.go", loc.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("SRCROOT", loc.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        var region = loc.GetProperty("region");
        Assert.Equal([22, 9, 22, 31], new[] { "startLine", "startColumn", "endLine", "endColumn" }.Select(n => region.GetProperty(n).GetInt32()).ToArray());

        var related = result.GetProperty("relatedLocations").EnumerateArray().ToList();
        Assert.Equal(3, related.Count); // goroutine, channel, the return
        Assert.Equal(21, related[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());

        var steps = result.GetProperty("codeFlows")[0].GetProperty("threadFlows")[0].GetProperty("locations");
        Assert.Equal(3, steps.GetArrayLength());
        Assert.Contains("returns at svc/query.go:24", steps[1].GetProperty("location").GetProperty("message").GetProperty("text").GetString());

        var fixes = result.GetProperty("fixes").EnumerateArray().ToList();
        Assert.Single(fixes); // the remedy without edits is text only
        var replacement = fixes[0].GetProperty("artifactChanges")[0].GetProperty("replacements")[0];
        Assert.Equal(15, replacement.GetProperty("deletedRegion").GetProperty("startLine").GetInt32());
        Assert.Equal("make(chan string, 1)", replacement.GetProperty("insertedContent").GetProperty("text").GetString());

        var note = run.GetProperty("invocations")[0].GetProperty("toolExecutionNotifications")[0];
        Assert.Equal("expected ';', found 'x'", note.GetProperty("message").GetProperty("text").GetString());
    }

    [Fact]
    public void Paths_outside_the_base_become_absolute_file_uris()
    {
        var run = Run(SarifReport.ToSarif(SyntheticResults.Result(SyntheticResults.AfterInLoop("/elsewhere/x.go")), "/work/repo"));
        var art = run.GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
        Assert.Equal("file:///elsewhere/x.go", art.GetProperty("uri").GetString());
        Assert.False(art.TryGetProperty("uriBaseId", out _));
    }
}
