namespace Strand.Fixes.Tests;

/// <summary>
/// The article's proof, on our own programs: each dynamic case calls its leaky function in a loop
/// (50 times) and prints runtime.NumGoroutine() at the end. Before the fix the count grows with the
/// calls; after the planner's fix (the golden expected.go, itself checked equal to the planner's
/// output) it stays flat.
/// </summary>
public sealed class DynamicProofTests
{
    public static IEnumerable<object[]> Cases() => GoldenCase.DynamicNames();

    [GoTheory]
    [MemberData(nameof(Cases))]
    public void LeakGrowsBeforeAndStaysFlatAfter(string name)
    {
        var golden = GoldenCase.Load(name);
        var (fixedOutput, _, declines) = golden.Apply();
        Assert.True(fixedOutput is not null, $"{name}: no fix planned: {string.Join("; ", declines)}");
        var before = Goroutines(golden.Input);
        var after = Goroutines(fixedOutput!);
        Assert.True(before >= 50, $"{name}: the leaky program should leave one goroutine per call, found {before}");
        Assert.True(after <= 3, $"{name}: the fixed program still leaves {after} goroutines");
    }

    private static int Goroutines(byte[] program)
    {
        var work = Directory.CreateTempSubdirectory("strand-dynamic-");
        try
        {
            File.WriteAllBytes(Path.Combine(work.FullName, "main.go"), program);
            var (code, output) = GoTool.Run("go", work.FullName, "run", "main.go");
            Assert.True(code == 0, $"go run failed: {output}");
            var last = output.Trim().Split('\n')[^1].Trim();
            return int.Parse(last, System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
