using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Xunit;

namespace Strand.Analysis.Tests.Sync;

/// <summary>One <c>// want "regex"</c> expectation: the line that must carry a finding and its pattern.</summary>
internal sealed record WantComment(int Line, string Pattern)
{
    public bool Matches(string messageWithCheck) => Regex.IsMatch(messageWithCheck, Pattern);
}

/// <summary>One corpus program: its class directory, its name, and its expectations.</summary>
internal sealed record CorpusCase(string Class, string Name, string FullPath, ImmutableArray<WantComment> Wants)
{
    public string RelativePath => $"{Class}/{Name}";
    public bool IsFixedTwin => Name.EndsWith("_fixed.go", StringComparison.Ordinal);
    public bool IsPrecision => Class == SyncCorpus.PrecisionClass;
    public bool IsLeaky => !IsFixedTwin && !IsPrecision;
    public override string ToString() => RelativePath;
}

/// <summary>
/// The ground truth for lock, WaitGroup, Cond and Once findings under <c>testdata/sync</c>: one
/// directory per class, each leaky <c>name.go</c> with a silent <c>name_fixed.go</c>, and a
/// <c>precision</c> directory of programs that must stay silent.
/// </summary>
internal static partial class SyncCorpus
{
    public const string PrecisionClass = "precision";

    public static readonly ImmutableArray<string> LeakyClasses = ["mutex", "rwmutex", "waitgroup", "cond", "mixed", "once"];

    private static readonly Lazy<string> RootDir = new(FindRoot);
    private static readonly Lazy<ImmutableArray<CorpusCase>> AllCases = new(Load);

    public static string Root => RootDir.Value;
    public static ImmutableArray<CorpusCase> Cases => AllCases.Value;

    public static CorpusCase Get(string relativePath) => Cases.Single(c => c.RelativePath == relativePath);

    /// <summary>Theory data: every corpus file by relative path.</summary>
    public static TheoryData<string> AllPaths()
    {
        var data = new TheoryData<string>();
        foreach (var c in Cases)
        {
            data.Add(c.RelativePath);
        }
        return data;
    }

    /// <summary>The <c>// want</c> comments of a Go source text (a comment may hold several quoted patterns).</summary>
    public static ImmutableArray<WantComment> ParseWants(string text)
    {
        var wants = ImmutableArray.CreateBuilder<WantComment>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var at = lines[i].IndexOf("// want ", StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }
            foreach (Match m in QuotedPattern().Matches(lines[i][(at + "// want ".Length)..]))
            {
                wants.Add(new WantComment(i + 1, m.Groups[1].Value));
            }
        }
        return wants.ToImmutable();
    }

    [GeneratedRegex("\"([^\"]*)\"")]
    private static partial Regex QuotedPattern();

    private static ImmutableArray<CorpusCase> Load() =>
        [.. Directory.EnumerateFiles(Root, "*.go", SearchOption.AllDirectories)
            .Select(path => new CorpusCase(
                Path.GetFileName(Path.GetDirectoryName(path)!),
                Path.GetFileName(path),
                path,
                ParseWants(File.ReadAllText(path))))
            .OrderBy(c => c.RelativePath, StringComparer.Ordinal)];

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Strand.slnx")))
            {
                return Path.Combine(dir.FullName, "tests", "Strand.Analysis.Tests", "testdata", "sync");
            }
        }
        throw new DirectoryNotFoundException("cannot find Strand.slnx above " + AppContext.BaseDirectory);
    }
}
