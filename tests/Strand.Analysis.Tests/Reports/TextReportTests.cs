using Xunit;
using Strand.Reports.Text;

namespace Strand.Analysis.Tests.Reports;

public sealed class TextReportTests
{
    private static string Render(Strand.Analysis.Engine.AnalysisResult r, bool verbose)
    {
        var w = new StringWriter();
        TextReport.Write(w, r, verbose);
        return w.ToString();
    }

    [Fact]
    public void Prints_vet_style_lines_then_remedies_then_errors()
    {
        var text = Render(SyntheticResults.Result(SyntheticResults.SendLeak()), verbose: false);
        var lines = text.Split('\n');
        Assert.StartsWith("svc/query.go:22:9: goroutine started at svc/query.go:21 blocks forever sending on res", lines[0]);
        Assert.EndsWith("without receiving (chan-send-leak)", lines[0]);
        Assert.Equal("\tsvc/query.go:15:9: remedy: make the channel buffered: make(chan string, 1)", lines[1]);
        Assert.Equal("\tsvc/query.go:22:9: remedy: select on ctx.Done() or a timeout around the send", lines[2]);
        Assert.Equal("svc/broken.go:3:7: expected ';', found 'x'", lines[3]);
        Assert.Equal("", lines[4]);
        Assert.DoesNotContain("witness", text);
    }

    [Fact]
    public void Verbose_adds_goroutine_channel_related_and_witness()
    {
        var text = Render(SyntheticResults.Result(SyntheticResults.SendLeak()), verbose: true);
        Assert.Contains("\tsvc/query.go:21:5: the goroutine is started here\n", text);
        Assert.Contains("\tsvc/query.go:15:9: res is made here\n", text);
        Assert.Contains("\tsvc/query.go:24:5: multiQuery returns here without receiving from res\n", text);
        Assert.Contains("\t  witness: multiQuery returns at svc/query.go:24\n", text);
    }

    [Fact]
    public void Related_locations_the_engine_already_gives_are_not_repeated()
    {
        var f = SyntheticResults.SendLeak();
        f = f with { Related = [new Strand.Analysis.Findings.RelatedLocation(f.Goroutine!, "the goroutine is started here"), .. f.Related] };
        var text = Render(SyntheticResults.Result(f), verbose: true);
        Assert.Equal(1, text.Split("svc/query.go:21:5:").Length - 1);
    }

    [Fact]
    public void Findings_come_in_file_line_column_order_whatever_the_input_order()
    {
        var text = Render(SyntheticResults.Result(SyntheticResults.SendLeak("b.go"), SyntheticResults.AfterInLoop("a.go")), verbose: false);
        Assert.True(text.IndexOf("a.go:9:8:", StringComparison.Ordinal) < text.IndexOf("b.go:22:9:", StringComparison.Ordinal));
    }

    [Fact]
    public void Summary_counts_findings_errors_and_stats()
    {
        var summary = TextReport.Summary(SyntheticResults.Result(SyntheticResults.SendLeak()));
        Assert.Equal("strand: 1 finding, 1 input error, entries=2, files=3", summary);
    }
}
