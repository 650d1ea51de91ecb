using System.Text.RegularExpressions;
using Strand.Analysis.Checks;
using Xunit;

namespace Strand.Analysis.Tests.Sync;

/// <summary>The corpus keeps its own rules: twins, known check ids, valid patterns, enough cases per class.</summary>
public sealed class SyncCorpusShapeTests
{
    private static readonly string[] SyncCheckIds =
    [
        CheckIds.DoubleLock, CheckIds.LockLeak, CheckIds.LockOrder, CheckIds.RecursiveRLock, CheckIds.LockUpgrade,
        CheckIds.WaitGroupLeak, CheckIds.WaitGroupAddInGoroutine, CheckIds.CondWaitLeak,
        CheckIds.LockChannelDeadlock, CheckIds.OnceDeadlock,
    ];

    [Fact]
    public void Corpus_has_at_least_seventy_programs_in_every_class()
    {
        Assert.True(SyncCorpus.Cases.Length >= 70, $"only {SyncCorpus.Cases.Length} programs");
        foreach (var cls in SyncCorpus.LeakyClasses)
        {
            var leaky = SyncCorpus.Cases.Count(c => c.Class == cls && c.IsLeaky);
            Assert.True(leaky >= 3, $"class {cls} has {leaky} leaky programs");
        }
        Assert.True(SyncCorpus.Cases.Count(c => c.IsPrecision) >= 10);
        Assert.All(SyncCorpus.Cases, c => Assert.Contains(c.Class, SyncCorpus.LeakyClasses.Add(SyncCorpus.PrecisionClass)));
    }

    [Fact]
    public void Every_sync_check_is_expected_somewhere()
    {
        var used = SyncCorpus.Cases.SelectMany(c => c.Wants).Select(w => w.Pattern).ToList();
        Assert.All(SyncCheckIds, id => Assert.Contains(used, p => p.Contains($"[(]{id}", StringComparison.Ordinal) || p.Contains($"|{id}", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(SyncCorpus.AllPaths), MemberType = typeof(SyncCorpus))]
    public void Leaky_programs_expect_findings_and_twins_expect_none(string path)
    {
        var c = SyncCorpus.Get(path);
        if (c.IsLeaky)
        {
            Assert.NotEmpty(c.Wants);
            var twin = Path.Combine(Path.GetDirectoryName(c.FullPath)!, Path.GetFileNameWithoutExtension(c.Name) + "_fixed.go");
            Assert.True(File.Exists(twin), $"{path} has no fixed twin");
        }
        else
        {
            Assert.Empty(c.Wants);
        }
        if (c.IsFixedTwin)
        {
            var leaky = c.FullPath[..^"_fixed.go".Length] + ".go";
            Assert.True(File.Exists(leaky), $"{path} is a twin of nothing");
        }
    }

    [Theory]
    [MemberData(nameof(SyncCorpus.AllPaths), MemberType = typeof(SyncCorpus))]
    public void Want_patterns_compile_and_name_a_known_check_at_the_end(string path)
    {
        foreach (var want in SyncCorpus.Get(path).Wants)
        {
            _ = new Regex(want.Pattern); // throws on a malformed pattern
            var ids = Regex.Match(want.Pattern, @"\[\(\]\(?([a-z|-]+)\)?\[\)\]$");
            Assert.True(ids.Success, $"{path}:{want.Line}: the pattern must end with [(]check-id[)]: {want.Pattern}");
            Assert.All(ids.Groups[1].Value.Split('|'), id => Assert.True(CheckCatalog.IsKnown(id), $"{path}:{want.Line}: unknown check {id}"));
        }
    }

    [Fact]
    public void Want_patterns_accept_a_message_in_the_guide_style()
    {
        var want = SyncCorpus.ParseWants("\tmu.Lock() // want \"mu.*[(]double-lock[)]\"\n").Single();
        Assert.Equal(1, want.Line);
        Assert.True(want.Matches("main goroutine blocks forever on c.mu.Lock(): c.mu is already held (locked at a.go:14) (double-lock)"));
        Assert.False(want.Matches("c.mu is already held (lock-leak)"));
    }
}
