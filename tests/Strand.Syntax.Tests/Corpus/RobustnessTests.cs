using Xunit;
using Xunit.Abstractions;

namespace Strand.Syntax.Tests.Corpus;

/// <summary>
/// Issue 2, check 3: whatever the input, the parser returns (no exception, no hang, no stack
/// overflow) and every error it reports lies inside the file.
/// </summary>
public sealed class RobustnessTests(ITestOutputHelper output)
{
    private const int Seed = 20_261_127;
    private const int MutantCount = 5000;
    private const int MaxFileBytes = 256 * 1024;

    [GoFact]
    public void MutatedCorpusFilesParseWithoutFailure()
    {
        var files = GoToolchain.CorpusFiles();
        var random = new Random(Seed);
        var mutator = new Mutator(Seed);
        var problems = new List<string>();
        var bytes = 0L;
        var parsed = 0;
        using var watchdog = new ParseWatchdog();
        for (var i = 0; i < MutantCount && problems.Count < 20; i++)
        {
            var path = files[random.Next(files.Count)];
            var source = System.IO.File.ReadAllBytes(path);
            if (source.Length > MaxFileBytes)
            {
                continue;
            }
            var mutant = mutator.Mutate(path, source);
            bytes += mutant.Source.Length;
            parsed++;
            var before = problems.Count;
            var alive = Check(mutant, watchdog.Parse(mutant), problems);
            if (problems.Count > before)
            {
                Keep(mutant, i, problems);
            }
            if (!alive)
            {
                break; // the worker hangs; nothing more can be parsed on it
            }
        }
        output.WriteLine($"{parsed} mutants parsed, {bytes / 1024} KB, {problems.Count} problems");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void DeeplyNestedSourcesGiveErrorsOrTreesButNeverCrash()
    {
        var problems = new List<string>();
        using var watchdog = new ParseWatchdog();
        foreach (var depth in new[] { 1_000, 100_000 })
        {
            foreach (var mutant in NestingSources.All(depth))
            {
                var outcome = watchdog.Parse(mutant);
                if (!Check(mutant, outcome, problems))
                {
                    break;
                }
                // Whatever the nesting, a source cut short in the middle of it is broken.
                if (mutant.Description.EndsWith("cut short", StringComparison.Ordinal) && outcome?.Result is { HasErrors: false })
                {
                    problems.Add($"{mutant.Description}: no error reported");
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>Saves a failing mutant so that it can be parsed again by hand.</summary>
    private static void Keep(Mutant mutant, int index, List<string> problems)
    {
        var dir = Path.Combine(Path.GetTempPath(), "strand-mutants");
        Directory.CreateDirectory(dir);
        var file = Path.Combine(dir, $"mutant{index}.go");
        System.IO.File.WriteAllBytes(file, mutant.Source);
        problems.Add($"  (saved as {file})");
    }

    /// <summary>Records what is wrong with the outcome of one mutant; false when the parse hung (no outcome).</summary>
    private static bool Check(Mutant mutant, ParseOutcome? outcome, List<string> problems)
    {
        if (outcome is null)
        {
            problems.Add($"{mutant.Description}: no result within {ParseWatchdog.LimitFor(mutant.Source.Length).TotalSeconds:F0} s");
            return false;
        }
        if (outcome.Exception is not null)
        {
            problems.Add($"{mutant.Description}: {outcome.Exception.GetType().Name}: {outcome.Exception.Message}\n{outcome.Exception.StackTrace}");
            return true;
        }
        problems.AddRange(PositionChecks.Problems(mutant.Source, outcome.Result!).Select(p => $"{mutant.Description}: {p}"));
        return true;
    }
}
