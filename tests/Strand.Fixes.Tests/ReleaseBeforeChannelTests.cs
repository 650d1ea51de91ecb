using System.Text;
using Strand.Analysis.Checks;
using Strand.Analysis.Findings;
using Strand.Fixes.Editing;
using Strand.Fixes.Planners;
using Strand.Syntax.Parsing;

namespace Strand.Fixes.Tests;

/// <summary>"Release the lock before the channel operation" plans only where nothing moved needs the lock.</summary>
public sealed class ReleaseBeforeChannelTests
{
    private static (FixContext Context, List<SuggestedFix> Fixes) Plan(string body, string at, string lockAt = "s.mu.Lock()", string mutex = "s.mu")
    {
        var source = "package p\n\nimport \"sync\"\n\ntype S struct {\n\tmu sync.Mutex\n\tch chan int\n\tn  int\n}\n\nvar mu sync.Mutex\n\nfunc (s *S) f(c chan int) {\n" + body + "}\n";
        var bytes = Encoding.UTF8.GetBytes(source);
        var document = new SourceDocument("p.go", bytes, GoParser.ParseFile("p.go", bytes).File);
        var finding = new Finding(CheckIds.LockChannelDeadlock, Severity.Error, "m", GoldenCase.SpanOf(document, at), null,
            new NamedObject(mutex, GoldenCase.SpanOf(document, lockAt)), [], [], []);
        var context = new FixContext(finding, document, _ => null);
        return (context, new ReleaseBeforeChannelPlanner().Plan(context).ToList());
    }

    [Fact]
    public void A_deferred_unlock_becomes_an_unlock_before_the_last_operation()
    {
        var (_, fixes) = Plan("\ts.mu.Lock()\n\tdefer s.mu.Unlock()\n\ts.n++\n\ts.ch <- 1\n", "s.ch <- 1");
        Assert.Equal("release s.mu before the channel operation at line 17: s.mu.Unlock() moved up", Assert.Single(fixes).Title);
    }

    [Fact]
    public void A_field_read_after_the_operation_keeps_the_lock()
    {
        var (context, fixes) = Plan("\ts.mu.Lock()\n\tdefer s.mu.Unlock()\n\ts.ch <- 1\n\ts.n++\n", "s.ch <- 1");
        Assert.Empty(fixes);
        Assert.Contains(context.Declines, d => d.Contains("can run without the lock", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sent_value_read_under_the_lock_keeps_it()
    {
        var (_, fixes) = Plan("\ts.mu.Lock()\n\tdefer s.mu.Unlock()\n\ts.ch <- s.n\n", "s.ch <- s.n");
        Assert.Empty(fixes);
    }

    [Fact]
    public void A_return_before_the_operation_would_leak_the_lock_without_the_defer()
    {
        var (_, fixes) = Plan("\ts.mu.Lock()\n\tdefer s.mu.Unlock()\n\tif s.n > 0 {\n\t\treturn\n\t}\n\tc <- 1\n", "c <- 1");
        Assert.Empty(fixes);
    }

    [Fact]
    public void An_explicit_unlock_after_a_return_path_is_left_alone()
    {
        var (_, fixes) = Plan("\ts.mu.Lock()\n\tc <- 1\n\tif s.n > 0 {\n\t\treturn\n\t}\n\ts.mu.Unlock()\n", "c <- 1");
        Assert.Empty(fixes);
    }

    [Fact]
    public void A_package_mutex_moves_only_past_the_operation_itself()
    {
        var (_, one) = Plan("\tmu.Lock()\n\tc <- 1\n\tmu.Unlock()\n", "c <- 1", "mu.Lock()", "mu");
        var (_, two) = Plan("\tmu.Lock()\n\tc <- 1\n\tc <- 2\n\tmu.Unlock()\n", "c <- 2", "mu.Lock()", "mu");
        Assert.Single(one);
        Assert.Single(two); // before "c <- 2" only: releasing before "c <- 1" would move two statements
    }

    [Fact]
    public void Other_checks_are_declined()
    {
        var bytes = Encoding.UTF8.GetBytes("package p\n\nfunc f(c chan int) {\n\tc <- 1\n}\n");
        var document = new SourceDocument("p.go", bytes, GoParser.ParseFile("p.go", bytes).File);
        var context = new FixContext(new Finding(CheckIds.ChanSendLeak, Severity.Error, "m", GoldenCase.SpanOf(document, "c <- 1"), null, null, [], [], []), document, _ => null);
        Assert.Empty(new ReleaseBeforeChannelPlanner().Plan(context));
    }
}
