using System.Collections.Concurrent;
using Strand.Syntax.Parsing;
using Xunit;
using Xunit.Abstractions;

namespace Strand.Syntax.Tests.Corpus;

/// <summary>
/// Error recovery compared with go/parser on broken input: for mutated corpus files, Strand
/// rejects exactly the mutants go/parser rejects, with the first error on the same line.
/// </summary>
public sealed class MutantErrorTests(ITestOutputHelper output)
{
    private const int Seed = 7;
    private const int MutantCount = 2000;
    private const int MaxFileBytes = 128 * 1024;

    [GoFact]
    public void MutantsGetTheirFirstErrorOnTheSameLineAsWithGo()
    {
        var corpus = GoToolchain.CorpusFiles();
        var dir = Path.Combine(Path.GetTempPath(), $"strand-mutants-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        var random = new Random(Seed);
        var mutator = new Mutator(Seed);
        var files = new List<string>();
        for (var i = 0; i < MutantCount; i++)
        {
            var source = System.IO.File.ReadAllBytes(corpus[random.Next(corpus.Count)]);
            if (source.Length <= MaxFileBytes)
            {
                var path = Path.Combine(dir, $"mutant{i:D4}.go");
                System.IO.File.WriteAllBytes(path, mutator.Mutate(path, source).Source);
                files.Add(path);
            }
        }

        var go = FirstErrors.FromGo(files);
        var strand = new ConcurrentDictionary<string, (int Line, string Text)>(StringComparer.Ordinal);
        Parallel.ForEach(files, path =>
        {
            var result = GoParser.ParseFile(path, System.IO.File.ReadAllBytes(path));
            if (!result.Errors.IsEmpty)
            {
                strand[path] = (result.Errors[0].Line, result.Errors[0].ToString());
            }
        });

        output.WriteLine($"{files.Count} mutants; go rejects {go.Count}, Strand rejects {strand.Count}");
        Assert.True(go.Count > files.Count / 2, $"go/parser rejected only {go.Count} of {files.Count} mutants: the mutator is not mutating");
        var problems = FirstErrors.Disagreements(go, strand);
        Assert.True(problems.Count == 0, $"{problems.Count} disagreements with go/parser (mutants in {dir}):\n" + string.Join("\n", problems.Take(20)));
        Directory.Delete(dir, recursive: true); // kept when the test fails, for reproduction
    }
}
