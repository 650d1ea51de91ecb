using Strand.Analysis.Checks;
using Xunit;

namespace Strand.Analysis.Tests.Sync;

/// <summary>
/// The simple checks against the corpus: every finding they make sits on a line whose
/// <c>// want</c> accepts it (no false alarm anywhere, fixed twins and precision programs
/// included), and the cases within their reach are found.
/// </summary>
public sealed class SyncSimpleChecksCorpusTests
{
    [Theory]
    [MemberData(nameof(SyncCorpus.AllPaths), MemberType = typeof(SyncCorpus))]
    public void Every_finding_is_wanted(string path)
    {
        var c = SyncCorpus.Get(path);
        foreach (var f in SimpleChecksHarness.RunOnFile(c.FullPath))
        {
            var rendered = SimpleChecksHarness.Rendered(f);
            Assert.True(
                c.Wants.Any(w => w.Line == f.Span.Line && w.Matches(rendered)),
                $"unexpected finding {path}:{f.Span.Line}:{f.Span.Column}: {rendered}");
        }
    }

    [Theory]
    [InlineData("mutex/double_lock_direct.go", CheckIds.DoubleLock)]
    [InlineData("mutex/double_lock_branch.go", CheckIds.DoubleLock)]
    [InlineData("mutex/lock_leak_break.go", CheckIds.LockLeak)]
    [InlineData("rwmutex/lock_upgrade.go", CheckIds.LockUpgrade)]
    [InlineData("waitgroup/add_in_goroutine.go", CheckIds.WaitGroupAddInGoroutine)]
    [InlineData("waitgroup/add_in_goroutine_method.go", CheckIds.WaitGroupAddInGoroutine)]
    public void Cases_within_reach_are_found(string path, string check)
    {
        var c = SyncCorpus.Get(path);
        var findings = SimpleChecksHarness.RunOnFile(c.FullPath);
        var wants = c.Wants.Where(w => w.Pattern.Contains(check, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(wants);
        foreach (var want in wants)
        {
            Assert.True(
                findings.Any(f => f.Check == check && f.Span.Line == want.Line && want.Matches(SimpleChecksHarness.Rendered(f))),
                $"{path}:{want.Line}: no {check} finding matching {want.Pattern}; got:\n" +
                string.Join('\n', findings.Select(f => $"{f.Span}: {SimpleChecksHarness.Rendered(f)}")));
        }
    }
}
