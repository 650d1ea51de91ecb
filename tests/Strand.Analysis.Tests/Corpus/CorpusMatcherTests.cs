using System.Collections.Immutable;
using Strand.Analysis.Engine;
using Strand.Analysis.Findings;
using Xunit;

namespace Strand.Analysis.Tests.Corpus;

/// <summary>The runner's comparison itself: it must fail, readably, on a missing or an unexpected finding.</summary>
public sealed class CorpusMatcherTests
{
    private static readonly string File = Path.GetFullPath("case/a.go");
    private static readonly CorpusCase Case = new("send/a.go", "send", File, false, [File]);

    private static Finding F(int line, string check, string message) =>
        new(check, Severity.Error, message, new SourceSpan(File, line, 2, line, 5), null, null, [], [], []);

    private static AnalysisResult R(params Finding[] f) => new([.. f], [], ImmutableSortedDictionary<string, long>.Empty);

    [Fact]
    public void Exact_match_passes()
    {
        var wants = ImmutableArray.Create(new Want(File, 3, "sending on res.*\\(chan-send-leak\\)"));
        Assert.Null(CorpusMatcher.Diff(Case, wants, R(F(3, "chan-send-leak", "blocks forever sending on res"))));
    }

    [Fact]
    public void Missing_wrong_line_and_unexpected_are_all_reported()
    {
        var wants = ImmutableArray.Create(new Want(File, 3, "sending on res.*\\(chan-send-leak\\)"));
        var diff = CorpusMatcher.Diff(Case, wants, R(F(4, "chan-send-leak", "blocks forever sending on res")));
        Assert.NotNull(diff);
        Assert.Contains("a.go:3: expected: sending on res", diff);
        Assert.Contains("a.go:4:2: unexpected: blocks forever sending on res (chan-send-leak)", diff);
    }

    [Fact]
    public void Two_wants_need_two_findings_and_check_ids_count()
    {
        var wants = ImmutableArray.Create(new Want(File, 3, "\\(chan-send-leak\\)"), new Want(File, 3, "\\(chan-send-leak\\)"));
        Assert.NotNull(CorpusMatcher.Diff(Case, wants, R(F(3, "chan-send-leak", "x"))));
        var wrongCheck = ImmutableArray.Create(new Want(File, 3, "\\(chan-send-leak\\)"));
        Assert.NotNull(CorpusMatcher.Diff(Case, wrongCheck, R(F(3, "chan-recv-leak", "x"))));
    }

    [Fact]
    public void Input_errors_fail_the_case()
    {
        var result = new AnalysisResult([], [new InputError(File, 1, 1, "expected 'package'")], ImmutableSortedDictionary<string, long>.Empty);
        Assert.Contains("unexpected input error: expected 'package'", CorpusMatcher.Diff(Case, [], result));
    }
}
