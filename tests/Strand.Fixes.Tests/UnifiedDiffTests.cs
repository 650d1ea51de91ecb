using System.Text;
using Strand.Fixes.Diffing;

namespace Strand.Fixes.Tests;

public sealed class UnifiedDiffTests
{
    private static byte[] Lines(int count, Func<int, string>? change = null) =>
        Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(1, count).Select(i => (change?.Invoke(i) ?? $"line {i}") + "\n")));

    [Fact]
    public void IdenticalFilesHaveNoDiff() => Assert.Equal("", UnifiedDiff.Render("a.go", Lines(5), Lines(5)));

    [Fact]
    public void OneChangeGetsThreeLinesOfContext()
    {
        var diff = UnifiedDiff.Render("dir/a.go", Lines(10), Lines(10, i => i == 5 ? "five" : $"line {i}"));
        Assert.Equal(
            "--- a/dir/a.go\n+++ b/dir/a.go\n@@ -2,7 +2,7 @@\n line 2\n line 3\n line 4\n-line 5\n+five\n line 6\n line 7\n line 8\n",
            diff);
    }

    [Fact]
    public void DistantChangesMakeSeparateHunksAndNearOnesMerge()
    {
        var far = UnifiedDiff.Render("a.go", Lines(30), Lines(30, i => i is 3 or 25 ? "x" : $"line {i}"));
        Assert.Equal(2, far.Split('\n').Count(l => l.StartsWith("@@", StringComparison.Ordinal)));
        var near = UnifiedDiff.Render("a.go", Lines(30), Lines(30, i => i is 3 or 9 ? "x" : $"line {i}"));
        Assert.Equal(1, near.Split('\n').Count(l => l.StartsWith("@@", StringComparison.Ordinal)));
    }

    [Fact]
    public void InsertionsCountLinesLikeDiff()
    {
        var after = Encoding.UTF8.GetBytes("a\nnew\nb\n");
        var diff = UnifiedDiff.Render("a.go", "a\nb\n"u8.ToArray(), after);
        Assert.Equal("--- a/a.go\n+++ b/a.go\n@@ -1,2 +1,3 @@\n a\n+new\n b\n", diff);
    }

    [Fact]
    public void MissingFinalNewlineIsMarked()
    {
        var diff = UnifiedDiff.Render("a.go", "a\nb"u8.ToArray(), "a\nc"u8.ToArray());
        Assert.Contains("-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n", diff, StringComparison.Ordinal);
    }

    [GoFact]
    public void PatchAppliesTheDiff()
    {
        // The rendered diff is a real patch: patch(1) turns the old file into the new one.
        if (GoTool.Find("patch") is null)
        {
            return;
        }
        var work = Directory.CreateTempSubdirectory("strand-diff-");
        try
        {
            var before = Lines(40);
            var after = Lines(40, i => i switch { 2 => "two", 20 => "twenty\nextra", 39 => "thirty-nine", _ => $"line {i}" });
            File.WriteAllBytes(Path.Combine(work.FullName, "f.go"), before);
            File.WriteAllText(Path.Combine(work.FullName, "f.patch"), UnifiedDiff.Render("f.go", before, after));
            var (code, output) = GoTool.Run("patch", work.FullName, "-p1", "-i", "f.patch");
            Assert.True(code == 0, output);
            Assert.Equal(after, File.ReadAllBytes(Path.Combine(work.FullName, "f.go")));
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
