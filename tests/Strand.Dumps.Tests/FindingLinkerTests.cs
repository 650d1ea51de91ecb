using System.Collections.Immutable;
using Strand.Analysis.Findings;
using Strand.Dumps.Sources;
using Strand.Dumps.Tests.Support;
using Strand.Dumps.Verdicts;
using Strand.Reports.Dumps;

namespace Strand.Dumps.Tests;

/// <summary>Live groups linked to synthetic static findings.</summary>
public sealed class FindingLinkerTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"strand-link-{Guid.NewGuid():N}");

    public FindingLinkerTests()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "app"));
        File.WriteAllText(Path.Combine(_dir, "app", "main.go"), "package main\n\nfunc produce(ch chan int) {\n\tx := 1\n\tch <- x\n}\n\nfunc main() {\n\tch := make(chan int)\n\tgo produce(ch)\n}\n");
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static Finding At(string file, int line, SourceSpan? goroutine = null, string check = "chan-send-leak") =>
        new(check, Severity.Error, "goroutine blocks forever sending on ch", new SourceSpan(file, line, 2, line, 9), goroutine, null, [], [], []);

    private GroupReport Group(SourceIndex? sources)
    {
        const string text = "goroutine 6 [chan send, 3 minutes]:\nmain.produce(0x0?)\n\t/srv/build/app/main.go:5 +0x25\ncreated by main.main in goroutine 1\n\t/srv/build/app/main.go:10 +0x48\n";
        return Assert.Single(DumpAnalysis.Analyze(Read.CollectText(text), Grouping.GroupLevel.Lines, sources).Groups);
    }

    [Fact]
    public void Finding_at_the_blocking_line_links_first()
    {
        var sources = new SourceIndex(_dir);
        var local = Path.Combine(_dir, "app", "main.go");
        var findings = new[]
        {
            At(local, 4, check: "other"),
            At(local, 5),
            At(Path.Combine(_dir, "other.go"), 5),
        };

        var links = new FindingLinker(findings, sources).Links(Group(sources));

        Assert.Equal([LinkKind.SameLine, LinkKind.SameFunction], links.Select(l => l.Kind));
        Assert.Equal(5, links[0].Finding.Span.Line);
        Assert.Equal("other", links[1].Finding.Check);
    }

    [Fact]
    public void Finding_whose_go_statement_created_the_group()
    {
        var findings = new[] { At("app/helper.go", 30, new SourceSpan("app/main.go", 10, 2, 10, 16)) };

        var links = new FindingLinker(findings, null).Links(Group(null));

        Assert.Equal(LinkKind.SameGoStatement, Assert.Single(links).Kind);
    }

    [Fact]
    public void Without_sources_paths_match_by_trailing_components_only()
    {
        var findings = new[] { At("app/main.go", 5), At("other/main.go", 5), At("./app/main.go", 6) };

        var links = new FindingLinker(findings, null).Links(Group(null));

        Assert.Equal("app/main.go", Assert.Single(links).Finding.Span.File);
    }

    [Fact]
    public void Groups_outside_the_program_code_link_nothing()
    {
        const string text = "goroutine 5 [IO wait]:\ninternal/poll.runtime_pollWait(0x1)\n\t/go/src/runtime/netpoll.go:343 +0x85\n";
        var group = Assert.Single(DumpAnalysis.Analyze(Read.CollectText(text)).Groups);

        Assert.Empty(new FindingLinker([At("/go/src/runtime/netpoll.go", 343)], null).Links(group));
    }

    [Fact]
    public void Linked_findings_show_in_text_and_json()
    {
        var sources = new SourceIndex(_dir);
        var report = DumpAnalysis.Analyze(Read.CollectText("goroutine 6 [chan send]:\nmain.produce(0x0?)\n\t/srv/app/main.go:5 +0x25\n"), Grouping.GroupLevel.Lines, sources);
        var linker = new FindingLinker([At(Path.Combine(_dir, "app", "main.go"), 5)], sources);

        Assert.Contains("explained by", DumpTextRenderer.Render(report, linker.Links), StringComparison.Ordinal);
        Assert.Contains("\"link\": \"sameLine\"", DumpJsonRenderer.Render(report, linker.Links), StringComparison.Ordinal);
        _ = ImmutableArray<FindingLink>.Empty;
    }
}
