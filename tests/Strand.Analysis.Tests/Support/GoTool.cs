using Xunit;
namespace Strand.Analysis.Tests.Support;

/// <summary>
/// The go command, with a GOPATH and GOCACHE of its own under the temp folder, so tests
/// neither depend on nor pollute the user's.
/// </summary>
public static class GoTool
{
    public static string? Path { get; } = ExternalTool.FindOnPath("go");

    public static bool Available => Path is not null;

    private static readonly Lazy<string> Home = new(() =>
    {
        // One folder for every run: go's build cache is safe to share and makes later runs fast.
        var dir = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "strand-analysis-tests-go");
        Directory.CreateDirectory(dir);
        return dir;
    });

    public static ExternalTool.Outcome Run(string workingDirectory, params string[] args) =>
        ExternalTool.Run(Path ?? "go", args, workingDirectory, new Dictionary<string, string>
        {
            ["GOPATH"] = System.IO.Path.Combine(Home.Value, "gopath"),
            ["GOCACHE"] = System.IO.Path.Combine(Home.Value, "cache"),
            ["GOFLAGS"] = "",
            ["GOWORK"] = "off",
            ["GO111MODULE"] = "on",
            ["GOPROXY"] = "off",
            ["CGO_ENABLED"] = "0",
        });
}

/// <summary>A fact that is skipped, visibly, when go is not installed.</summary>
public sealed class GoFactAttribute : FactAttribute
{
    public GoFactAttribute()
    {
        if (!GoTool.Available)
        {
            Skip = "go is not on PATH";
        }
    }
}

/// <summary>A theory that is skipped, visibly, when go is not installed.</summary>
public sealed class GoTheoryAttribute : TheoryAttribute
{
    public GoTheoryAttribute()
    {
        if (!GoTool.Available)
        {
            Skip = "go is not on PATH";
        }
    }
}
