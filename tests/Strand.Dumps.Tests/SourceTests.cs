using Strand.Dumps.Sources;
using Strand.Dumps.Tests.Support;

namespace Strand.Dumps.Tests;

public sealed class SourceTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"strand-src-{Guid.NewGuid():N}");

    public SourceTests()
    {
        Write("cmd/server/main.go", "package main\n\nfunc main() {\n\tselect {}\n}\n");
        Write("internal/server/main.go", "package server\n\nfunc Run() {}\n");
        Write("worker/pool.go", """
            package worker

            func (p *Pool) run() {
            	for {
            		select { // waits
            		case <-p.ctx.Done():
            			return
            		case j := <-p.jobs:
            			p.do(j)
            		}
            	}
            }

            func (p *Pool) tick() {
            	select {
            	case v := <-p.in:
            		_ = v
            	case <-p.t.C:
            	}
            }

            func (p *Pool) stuck() {
            	select {
            	case p.out <- 1:
            	case <-p.in:
            	}
            }

            func (p *Pool) poll() {
            	select {
            	case <-p.in:
            	default:
            	}
            }
            """);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private void Write(string relative, string text)
    {
        string path = Path.Combine(_dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    [Fact]
    public void Dump_paths_map_by_longest_matching_suffix()
    {
        var index = new SourceIndex(_dir);

        Assert.Equal(Path.Combine(_dir, "cmd/server/main.go"), index.Resolve("/build/app/cmd/server/main.go"));
        Assert.Equal(Path.Combine(_dir, "internal/server/main.go"), index.Resolve("/src/internal/server/main.go"));
        Assert.Null(index.Resolve("/src/other.go"));
        Assert.Equal("select {}", index.Line("/x/cmd/server/main.go", 4));
        Assert.Null(index.Line("/x/cmd/server/main.go", 99));
    }

    [Fact]
    public void Select_escape_cases_are_found_in_the_source()
    {
        var lines = new SourceIndex(_dir).Lines("/p/worker/pool.go")!;

        Assert.Equal("a Done() case", SelectInspector.EscapeCase(lines, 5));
        Assert.Equal("a timer case", SelectInspector.EscapeCase(lines, 15));
        Assert.Null(SelectInspector.EscapeCase(lines, 23));
        Assert.Equal("a default case", SelectInspector.EscapeCase(lines, 30));
        Assert.Null(SelectInspector.EscapeCase(lines, 3)); // not a select line
    }

    [Fact]
    public void Enclosing_function_range()
    {
        var lines = new SourceIndex(_dir).Lines("/p/worker/pool.go")!;

        Assert.Equal((3, 12), FunctionRanges.Enclosing(lines, 8));
        Assert.Equal((22, 27), FunctionRanges.Enclosing(lines, 24));
        Assert.Null(FunctionRanges.Enclosing(lines, 1));
    }

    [Fact]
    public void Source_lines_and_select_cases_feed_the_verdict()
    {
        string Dump(int id, string function, int line) => $"goroutine {id} [select, 20 minutes]:\nexample.com/w/worker.(*Pool).{function}(0xc0000)\n\t/build/worker/pool.go:{line} +0x1\n\n";
        var collector = Read.CollectText(Dump(1, "run", 5) + Dump(2, "stuck", 23));
        var report = Verdicts.DumpAnalysis.Analyze(collector, Grouping.GroupLevel.Lines, new SourceIndex(_dir));

        var run = Assert.Single(report.Groups, g => g.Blocking?.Line == 5);
        Assert.False(run.Verdict.Suspect);
        Assert.Contains("Done()", run.Verdict.Reason, StringComparison.Ordinal);
        Assert.Equal("select { // waits", run.SourceLine);
        var stuck = report.Groups[0];
        Assert.Equal(23, stuck.Blocking?.Line);
        Assert.True(stuck.Verdict.Suspect);
    }
}
