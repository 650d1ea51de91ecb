using Xunit;
using Strand.Analysis.Checks;

namespace Strand.Analysis.Tests.Corpus;

/// <summary>The corpus's own rules: size, classes, twins, silence of fixed and precision cases, valid wants.</summary>
public sealed class CorpusShapeTests
{
    private static readonly string[] LeakClasses = ["send", "recv", "range", "select", "context", "timers"];

    [Fact]
    public void Corpus_has_at_least_ninety_cases()
    {
        Assert.True(CorpusCase.All.Length >= 90, $"only {CorpusCase.All.Length} corpus cases");
    }

    [Fact]
    public void Every_class_has_leaky_cases_with_twins_and_the_seed_programs_are_there()
    {
        foreach (var cls in LeakClasses)
        {
            var leaky = CorpusCase.All.Count(c => c.Class == cls && Wants(c).Count > 0);
            Assert.True(leaky >= 4, $"class {cls} has {leaky} leaky cases");
        }
        var seed = CorpusCase.All.Where(c => c.Class == "seed").Select(c => c.Name).ToHashSet();
        foreach (var name in new[] { "writer", "multiquery", "closerange", "multiquery_buffered", "multiquery_timeout", "donechannel" })
        {
            Assert.Contains(name, seed);
        }
        Assert.True(CorpusCase.All.Count(c => c.IsPrecision) >= 20, "fewer than 20 precision cases");
    }

    [Fact]
    public void Seed_programs_want_what_the_article_shows()
    {
        Assert.Single(Wants(CorpusCase.Get("seed/writer.go")));
        Assert.Equal(2, Wants(CorpusCase.Get("seed/multiquery.go")).Count);
        foreach (var silent in new[] { "closerange.go", "multiquery_buffered.go", "multiquery_timeout.go", "donechannel.go" })
        {
            Assert.Empty(Wants(CorpusCase.Get("seed/" + silent)));
        }
        Assert.False(CorpusCase.Get("seed/writer.go").MeantToCompile);
        Assert.False(CorpusCase.Get("seed/multiquery.go").MeantToCompile);
    }

    [Fact]
    public void Every_leaky_case_has_a_silent_fixed_twin()
    {
        var problems = new List<string>();
        foreach (var c in CorpusCase.All.Where(c => !c.IsFixedTwin && !c.IsPrecision && Wants(c).Count > 0))
        {
            var twinId = c.IsDirectory ? c.Id + "_fixed" : c.Id[..^3] + "_fixed.go";
            if (!CorpusCase.All.Any(t => t.Id == twinId))
            {
                problems.Add($"{c.Id}: no fixed twin {twinId}");
            }
        }
        foreach (var twin in CorpusCase.All.Where(c => c.IsFixedTwin))
        {
            var originalId = twin.IsDirectory ? twin.Id[..^"_fixed".Length] : twin.Id[..^"_fixed.go".Length] + ".go";
            if (!CorpusCase.All.Any(o => o.Id == originalId))
            {
                problems.Add($"{twin.Id}: fixed twin of nothing ({originalId} missing)");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Fixed_twins_and_precision_cases_want_nothing()
    {
        var noisy = CorpusCase.All.Where(c => (c.IsFixedTwin || c.IsPrecision) && Wants(c).Count > 0).Select(c => c.Id).ToList();
        Assert.True(noisy.Count == 0, "silent cases with wants: " + string.Join(", ", noisy));
    }

    [Fact]
    public void Every_want_compiles_and_names_a_known_check()
    {
        var problems = new List<string>();
        foreach (var want in CorpusCase.All.SelectMany(Wants))
        {
            var names = CheckCatalog.Ids.Where(id => want.Pattern.Contains(id, StringComparison.Ordinal)).ToList();
            if (names.Count == 0)
            {
                problems.Add($"{want}: names no check id");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Want_parser_reads_several_patterns_and_both_quotes()
    {
        Assert.Equal(["a.*\\(x\\)", "b\"c", "raw\\d"], WantComments.ParsePatterns("\"a.*\\(x\\)\" \"b\\\"c\" `raw\\d`").ToArray());
        Assert.Throws<FormatException>(() => WantComments.ParsePatterns("\"open"));
        Assert.Throws<FormatException>(() => WantComments.ParsePatterns("bare"));
    }

    private static List<Want> Wants(CorpusCase c) => c.Files.SelectMany(f => WantComments.Read(f)).ToList();
}
