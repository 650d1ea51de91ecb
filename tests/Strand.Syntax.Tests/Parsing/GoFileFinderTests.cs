using Strand.Syntax.Files;
using Xunit;

namespace Strand.Syntax.Tests.Parsing;

public sealed class GoFileFinderTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "strand-finder-" + Guid.NewGuid().ToString("N"));

    public GoFileFinderTests()
    {
        foreach (var rel in new[] { "a.go", "b.txt", "sub/c.go", "vendor/v.go", "testdata/t.go", "sub/testdata/u.go", ".hidden/h.go", "_skip/s.go" })
        {
            var path = Path.Combine(_root, rel);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "package p\n");
        }
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string[] Relative(IEnumerable<string> files) =>
        files.Select(f => Path.GetRelativePath(_root, f).Replace('\\', '/')).ToArray();

    [Fact]
    public void DirectoriesAreWalkedSkippingVendorAndTestdata()
    {
        var expansion = GoFileFinder.Expand([_root]);
        Assert.Equal(["a.go", "sub/c.go"], Relative(expansion.Files));
        Assert.Empty(expansion.Missing);
    }

    [Fact]
    public void ExplicitlyNamedTestdataIsWalked() =>
        Assert.Equal(["testdata/t.go"], Relative(GoFileFinder.Expand([Path.Combine(_root, "testdata")]).Files));

    [Fact]
    public void DotDotDotSuffixMeansRecursive() =>
        Assert.Equal(["a.go", "sub/c.go"], Relative(GoFileFinder.Expand([_root + "/..."]).Files));

    [Fact]
    public void FilesAreTakenAsGivenAndMissingPathsReported()
    {
        var expansion = GoFileFinder.Expand([Path.Combine(_root, "b.txt"), Path.Combine(_root, "nope.go")]);
        Assert.Equal(["b.txt"], Relative(expansion.Files));
        Assert.Single(expansion.Missing);
    }

    [Fact]
    public void SymbolicLinksToDirectoriesAreNotFollowed()
    {
        Directory.CreateSymbolicLink(Path.Combine(_root, "sub", "loop"), _root);
        Assert.Equal(["a.go", "sub/c.go"], Relative(GoFileFinder.Expand([_root]).Files));
    }

    [Fact]
    public void IncludeSkippedTakesEverything() =>
        Assert.Equal(7, GoFileFinder.Expand([_root], includeSkipped: true).Files.Count);
}
