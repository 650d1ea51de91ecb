using System.Text;
using Strand.Analysis.Checks;
using Strand.Analysis.Findings;
using Strand.Fixes.Editing;
using Strand.Fixes.Planners;
using Strand.Fixes.Syntax;
using Strand.Syntax.Ast;
using Strand.Syntax.Parsing;

namespace Strand.Fixes.Tests;

/// <summary>Planners decline, with a reason, where their preconditions do not hold; they never throw.</summary>
public sealed class PlannerPreconditionTests
{
    private static (FixContext Context, IReadOnlyList<SuggestedFix> Fixes) Plan(string planner, string source, string check, string at,
        (string Name, string At)? obj = null, string? goroutine = null)
    {
        var bytes = Encoding.UTF8.GetBytes(source);
        var document = new SourceDocument("p.go", bytes, GoParser.ParseFile("p.go", bytes).File);
        var finding = new Finding(check, Severity.Error, "m", GoldenCase.SpanOf(document, at),
            goroutine is null ? null : GoldenCase.SpanOf(document, goroutine),
            obj is null ? null : new NamedObject(obj.Value.Name, GoldenCase.SpanOf(document, obj.Value.At)), [], [], []);
        var context = new FixContext(finding, document, _ => null);
        var fixes = PlannerCatalog.All.Single(p => p.Name == planner).Plan(context).ToList();
        return (context, fixes);
    }

    [Fact]
    public void BufferDeclinesAnAlreadyBufferedChannel()
    {
        var (context, fixes) = Plan("buffer-channel", "package p\n\nfunc f() {\n\tc := make(chan int, 2)\n\tgo func() { c <- 1 }()\n}\n",
            CheckIds.ChanSendLeak, "c <- 1", ("c", "make(chan int, 2)"), "go func()");
        Assert.Empty(fixes);
        Assert.Contains(context.Declines, d => d.Contains("already buffered", StringComparison.Ordinal));
    }

    [Fact]
    public void BufferDeclinesAHandshake()
    {
        var source = "package p\n\nfunc f() {\n\tc := make(chan int)\n\tgo func() {\n\t\tc <- 1\n\t\t<-c\n\t}()\n}\n";
        var (context, fixes) = Plan("buffer-channel", source, CheckIds.ChanSendLeak, "c <- 1", ("c", "make(chan int)"), "go func()");
        Assert.Empty(fixes);
        Assert.Contains(context.Declines, d => d.Contains("rendezvous", StringComparison.Ordinal));
    }

    [Fact]
    public void BufferDeclinesAReceiveLeak()
    {
        var (context, fixes) = Plan("buffer-channel", "package p\n\nfunc f() {\n\tc := make(chan int)\n\t<-c\n}\n", CheckIds.ChanRecvLeak, "<-c", ("c", "make(chan int)"));
        Assert.Empty(fixes);
        Assert.Single(context.Declines);
    }

    [Fact]
    public void CloseAndRangeDeclinesProducersStartedInALoop()
    {
        var source = "package p\n\nfunc f(n int) {\n\tc := make(chan int)\n\tfor i := 0; i < n; i++ {\n\t\tgo func() {\n\t\t\tc <- i\n\t\t}()\n\t}\n\tfor v := range c {\n\t\t_ = v\n\t}\n}\n";
        var (context, fixes) = Plan("close-and-range", source, CheckIds.ChanRangeLeak, "for v := range c");
        Assert.Empty(fixes);
        Assert.Contains(context.Declines, d => d.Contains("several closers", StringComparison.Ordinal));
    }

    [Fact]
    public void SelectEscapeDeclinesAStatementSharingItsLine()
    {
        var (context, fixes) = Plan("select-escape", "package p\n\nfunc f(c chan int) { c <- 1 }\n", CheckIds.ChanSendLeak, "c <- 1");
        Assert.Empty(fixes);
        Assert.Contains(context.Declines, d => d.Contains("shares its line", StringComparison.Ordinal));
    }

    [Fact]
    public void SelectEscapeKeepsAMovedBreakOutOfTheSelect()
    {
        var source = "package p\n\nfunc f(c chan int) {\n\tfor {\n\t\tv := <-c\n\t\tif v == 0 {\n\t\t\tbreak\n\t\t}\n\t}\n}\n";
        var (context, fixes) = Plan("select-escape", source, CheckIds.ChanRecvLeak, "<-c");
        Assert.Empty(fixes);
        Assert.Contains(context.Declines, d => d.Contains("break", StringComparison.Ordinal));
    }

    [Fact]
    public void DeferUnlockDeclinesAnUnlockInTheMiddleOfTheFunction()
    {
        // Deferring would hold the lock over slow() too.
        var source = "package p\n\nimport \"sync\"\n\nvar mu sync.Mutex\n\nfunc slow() {}\n\nfunc f(b bool) {\n\tmu.Lock()\n\tif b {\n\t\treturn\n\t}\n\tmu.Unlock()\n\tslow()\n}\n";
        var (context, fixes) = Plan("defer-unblock", source, CheckIds.LockLeak, "mu.Lock()");
        Assert.Empty(fixes);
        Assert.Single(context.Declines);
    }

    /// <summary>Every planner, at every statement of every golden input and of a broken file, for every check: no exception.</summary>
    [Fact]
    public void PlannersNeverThrow()
    {
        var sources = GoldenCase.Names().Select(n => File.ReadAllBytes(Path.Combine(GoldenCase.Root, (string)n[0], "input.go"))).ToList();
        sources.Add("package p\n\nfunc f( {\n\tc := make(chan\n\tgo func() { c <- }()\n\tfor { <-c\n}\n"u8.ToArray());
        var checks = new[] { CheckIds.ChanSendLeak, CheckIds.ChanRecvLeak, CheckIds.ChanRangeLeak, CheckIds.SelectLeak, CheckIds.WaitGroupLeak, CheckIds.LockLeak };
        var plans = 0;
        foreach (var bytes in sources)
        {
            var document = new SourceDocument("p.go", bytes, GoParser.ParseFile("p.go", bytes).File);
            foreach (var node in GoSyntax.Descendants(document.File).Where(n => n is Stmt or CallExpr or UnaryExpr).Where(n => n.End > n.Pos))
            {
                var span = document.Edit(node.Pos, node.End, "").Span;
                foreach (var check in checks)
                {
                    var finding = new Finding(check, Severity.Error, "m", span, span, new NamedObject("c", span), [], [], []);
                    var context = new FixContext(finding, document, _ => null);
                    foreach (var planner in PlannerCatalog.All)
                    {
                        foreach (var fix in planner.Plan(context))
                        {
                            Assert.True(EditApplier.AreDisjoint(fix.Edits), $"{planner.Name}: overlapping edits");
                            EditApplier.Apply(bytes, fix.Edits);
                        }
                        plans++;
                    }
                }
            }
        }
        Assert.True(plans > 1000);
    }
}
