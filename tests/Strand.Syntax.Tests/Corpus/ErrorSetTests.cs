using System.Collections.Concurrent;
using Strand.Syntax.Parsing;
using Xunit;
using Xunit.Abstractions;

namespace Strand.Syntax.Tests.Corpus;

/// <summary>
/// Issue 2, check 1, on the library: the corpus files in which GoParser reports a syntax error are
/// exactly those in which go/parser (as gofmt -l -e) reports one, and the first error is on the
/// same line. Cli/ParseCommandCorpusTests makes the same check through <c>strand parse</c>.
/// </summary>
public sealed class ErrorSetTests(ITestOutputHelper output)
{
    [GoFact]
    public void FilesWithSyntaxErrorsAndTheirFirstErrorLineMatchGofmt()
    {
        var files = GoToolchain.CorpusFiles();
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

        output.WriteLine($"{files.Count} files; go rejects {go.Count}, Strand rejects {strand.Count}");
        Assert.True(go.Count > 0, "go/parser rejected no corpus file: the corpus or the dumper is not what this test expects");
        var problems = FirstErrors.Disagreements(go, strand);
        Assert.True(problems.Count == 0, $"{problems.Count} disagreements with gofmt -e:\n" + string.Join("\n", problems));
    }
}
