using System.Collections.Immutable;
using Strand.Analysis.Tests.Support;

namespace Strand.Analysis.Tests.Corpus;

/// <summary>
/// One corpus case: a Go file <c>testdata/CLASS/name.go</c>, or a directory
/// <c>testdata/CLASS/name/</c> analysed as one path (several files or packages).
/// <see cref="Id"/> is the path under testdata with '/' separators.
/// </summary>
public sealed record CorpusCase(string Id, string Class, string FullPath, bool IsDirectory, ImmutableArray<string> Files)
{
    public const string DoesNotCompileMarker = "// strand:test does-not-compile";

    /// <summary>Classes that belong to other suites (issue 4's sync corpus has its own runner).</summary>
    public static readonly ImmutableHashSet<string> ForeignClasses = ["sync"];

    /// <summary>Classes whose cases must stay silent by construction.</summary>
    public static readonly ImmutableHashSet<string> SilentClasses = ["precision"];

    public string Name => Path.GetFileNameWithoutExtension(FullPath);

    public bool IsFixedTwin => Name.EndsWith("_fixed", StringComparison.Ordinal);

    public bool IsPrecision => SilentClasses.Contains(Class) || Name.EndsWith("_ok", StringComparison.Ordinal);

    /// <summary>What to hand the analyser: the file, or <c>dir/...</c> for a directory case.</summary>
    public string AnalysisPath => IsDirectory ? FullPath + "/..." : FullPath;

    public bool MeantToCompile => Files.All(f => !FirstLine(f).StartsWith(DoesNotCompileMarker, StringComparison.Ordinal));

    public override string ToString() => Id;

    private static string FirstLine(string file)
    {
        using var reader = new StreamReader(file);
        return reader.ReadLine() ?? "";
    }

    public static ImmutableArray<CorpusCase> All { get; } = Discover(RepoPaths.TestData);

    public static CorpusCase Get(string id) => All.Single(c => c.Id == id);

    /// <summary>Row data for theories: one row per case id.</summary>
    public static IEnumerable<object[]> Ids() => All.Select(c => new object[] { c.Id });

    public static ImmutableArray<CorpusCase> Discover(string root)
    {
        var cases = ImmutableArray.CreateBuilder<CorpusCase>();
        if (!Directory.Exists(root))
        {
            return [];
        }
        foreach (var classDir in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
        {
            var cls = Path.GetFileName(classDir);
            if (ForeignClasses.Contains(cls))
            {
                continue;
            }
            foreach (var file in Directory.GetFiles(classDir, "*.go").Order(StringComparer.Ordinal))
            {
                cases.Add(new CorpusCase($"{cls}/{Path.GetFileName(file)}", cls, file, false, [file]));
            }
            foreach (var dir in Directory.GetDirectories(classDir).Order(StringComparer.Ordinal))
            {
                var files = Directory.GetFiles(dir, "*.go", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToImmutableArray();
                cases.Add(new CorpusCase($"{cls}/{Path.GetFileName(dir)}", cls, dir, true, files));
            }
        }
        return cases.ToImmutable();
    }
}
