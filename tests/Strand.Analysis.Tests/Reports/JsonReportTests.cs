using Xunit;
using System.Text.Json;
using Strand.Reports.Json;

namespace Strand.Analysis.Tests.Reports;

public sealed class JsonReportTests
{
    [Fact]
    public void Writes_the_documented_shape()
    {
        var json = JsonReport.ToJson(SyntheticResults.Result(SyntheticResults.SendLeak(), SyntheticResults.AfterInLoop()));
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal(["findings", "errors", "stats"], root.EnumerateObject().Select(p => p.Name).ToArray());

        var f = root.GetProperty("findings")[1];
        Assert.Equal(
            ["check", "severity", "message", "file", "line", "column", "endLine", "endColumn", "goroutine", "channel", "related", "witness", "fixes"],
            f.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal("chan-send-leak", f.GetProperty("check").GetString());
        Assert.Equal("error", f.GetProperty("severity").GetString());
        Assert.Equal("svc/query.go", f.GetProperty("file").GetString());
        Assert.Equal(22, f.GetProperty("line").GetInt32());
        Assert.Equal(9, f.GetProperty("column").GetInt32());
        Assert.Equal(31, f.GetProperty("endColumn").GetInt32());
        Assert.Equal(21, f.GetProperty("goroutine").GetProperty("line").GetInt32());
        Assert.Equal(["file", "line", "column"], f.GetProperty("goroutine").EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal("res", f.GetProperty("channel").GetProperty("name").GetString());
        Assert.Equal(15, f.GetProperty("channel").GetProperty("line").GetInt32());
        Assert.Equal(["file", "line", "column", "message"], f.GetProperty("related")[0].EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal(3, f.GetProperty("witness").GetArrayLength());
        var fix = f.GetProperty("fixes")[0];
        Assert.Equal("make the channel buffered: make(chan string, 1)", fix.GetProperty("title").GetString());
        Assert.Equal(
            ["file", "line", "column", "endLine", "endColumn", "newText"],
            fix.GetProperty("edits")[0].EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal(0, f.GetProperty("fixes")[1].GetProperty("edits").GetArrayLength());

        var w = root.GetProperty("findings")[0];
        Assert.Equal("after-in-loop", w.GetProperty("check").GetString());
        Assert.Equal("warning", w.GetProperty("severity").GetString());
        Assert.Equal(JsonValueKind.Null, w.GetProperty("goroutine").ValueKind);
        Assert.Equal(JsonValueKind.Null, w.GetProperty("channel").ValueKind);

        var e = root.GetProperty("errors")[0];
        Assert.Equal(["file", "line", "column", "message"], e.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal(3, root.GetProperty("stats").GetProperty("files").GetInt64());
    }

    [Fact]
    public void Is_deterministic_and_keeps_go_operators_readable()
    {
        var r = SyntheticResults.Result(SyntheticResults.SendLeak() with { Message = "blocks on <-done && x" });
        var a = JsonReport.ToJson(r);
        Assert.Equal(a, JsonReport.ToJson(r));
        Assert.Contains("blocks on <-done && x", a);
    }

    [Fact]
    public void Empty_result_is_three_empty_members()
    {
        using var doc = JsonDocument.Parse(JsonReport.ToJson(SyntheticResults.Empty));
        Assert.Equal(0, doc.RootElement.GetProperty("findings").GetArrayLength());
        Assert.Equal(0, doc.RootElement.GetProperty("errors").GetArrayLength());
        Assert.Empty(doc.RootElement.GetProperty("stats").EnumerateObject());
    }
}
