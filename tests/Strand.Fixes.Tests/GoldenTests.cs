namespace Strand.Fixes.Tests;

/// <summary>
/// Each planner's output on its golden inputs equals the reviewed expected file byte for byte;
/// with go present, expected files are gofmt-clean and those of compiling inputs pass go vet.
/// Set STRAND_UPDATE_GOLDEN=1 to write the current output as expected.go (then review the diff).
/// </summary>
public sealed class GoldenTests
{
    public static IEnumerable<object[]> Cases() => GoldenCase.Names();

    [Theory]
    [MemberData(nameof(Cases))]
    public void PlannerOutputMatchesExpected(string name)
    {
        var golden = GoldenCase.Load(name);
        var (output, _, declines) = golden.Apply();
        Assert.True(output is not null, $"{name}: no fix planned: {string.Join("; ", declines)}");
        if (Environment.GetEnvironmentVariable("STRAND_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllBytes(golden.ExpectedPath, output!);
            var source = Path.Combine(FindRepoTestdata(), name, "expected.go");
            File.WriteAllBytes(source, output!);
        }
        var expected = File.ReadAllBytes(golden.ExpectedPath);
        Assert.Equal(System.Text.Encoding.UTF8.GetString(expected), System.Text.Encoding.UTF8.GetString(output!));
        Assert.Equal(expected, output);
    }

    [GoTheory]
    [MemberData(nameof(Cases))]
    public void ExpectedIsGofmtCleanAndVets(string name)
    {
        var golden = GoldenCase.Load(name);
        var work = Directory.CreateTempSubdirectory("strand-golden-");
        try
        {
            var file = Path.Combine(work.FullName, "expected.go");
            File.Copy(golden.ExpectedPath, file);
            var crlf = File.ReadAllText(file).Contains("\r\n", StringComparison.Ordinal);
            if (!crlf)
            {
                // gofmt rewrites CRLF, so only LF files can be held to gofmt-clean.
                var (_, listed) = GoTool.Run("gofmt", work.FullName, "-l", "expected.go");
                Assert.True(listed.Trim().Length == 0, $"{name}: expected.go is not gofmt-clean: {listed}");
            }
            if (golden.Compiles)
            {
                var (code, output) = GoTool.Run("go", work.FullName, "vet", "expected.go");
                Assert.True(code == 0, $"{name}: go vet fails on expected.go: {output}");
            }
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static string FindRepoTestdata()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Strand.slnx")))
        {
            dir = dir.Parent;
        }
        return Path.Combine(dir?.FullName ?? "/work/main", "tests", "Strand.Fixes.Tests", "testdata");
    }
}
