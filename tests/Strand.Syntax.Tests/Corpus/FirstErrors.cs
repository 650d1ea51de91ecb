using System.Globalization;
using System.Text.RegularExpressions;

namespace Strand.Syntax.Tests.Corpus;

/// <summary>
/// The first syntax error of each rejected file, keyed by path, from lines printed as
/// <c>path:line:col: message</c> (by gofmt -e, goastdump -errors, or strand parse), and the
/// comparison that issue 2's check 1 asks for.
/// </summary>
public static partial class FirstErrors
{
    [GeneratedRegex(@"^(.*?):(\d+):(\d+): (.*)$")]
    private static partial Regex ErrorLine();

    /// <summary>
    /// First error per path; lines of one file must come in position order, as all three tools
    /// print them. A message can span lines (a literal with a newline in "found ..."), so lines
    /// that do not start with one of <paramref name="paths"/> are skipped as continuations.
    /// </summary>
    public static Dictionary<string, (int Line, string Text)> FromLines(IEnumerable<string> lines, IReadOnlySet<string> paths)
    {
        var first = new Dictionary<string, (int Line, string Text)>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var match = ErrorLine().Match(line);
            if (match.Success && paths.Contains(match.Groups[1].Value))
            {
                first.TryAdd(match.Groups[1].Value, (int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture), line));
            }
        }
        return first;
    }

    /// <summary>go/parser's first errors over the files, from the dumper's -errors mode (identical to gofmt -l -e).</summary>
    public static Dictionary<string, (int Line, string Text)> FromGo(IReadOnlyList<string> files) =>
        FromLines(GoAstDump.Run(files, "-errors").Split('\n', StringSplitOptions.RemoveEmptyEntries), files.ToHashSet(StringComparer.Ordinal));

    /// <summary>Files rejected by one side only, and files whose first errors are on different lines.</summary>
    public static List<string> Disagreements(
        IReadOnlyDictionary<string, (int Line, string Text)> go,
        IReadOnlyDictionary<string, (int Line, string Text)> strand)
    {
        var problems = new List<string>();
        foreach (var (path, g) in go.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!strand.TryGetValue(path, out var s))
            {
                problems.Add($"{path}: go reports `{g.Text}`, Strand reports nothing");
            }
            else if (s.Line != g.Line)
            {
                problems.Add($"{path}: first error on line {g.Line} for go (`{g.Text}`), line {s.Line} for Strand (`{s.Text}`)");
            }
        }
        foreach (var (path, s) in strand.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!go.ContainsKey(path))
            {
                problems.Add($"{path}: Strand reports `{s.Text}`, go reports nothing");
            }
        }
        return problems;
    }
}
