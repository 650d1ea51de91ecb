namespace Strand.Dumps.Tests.Support;

/// <summary>A fact that is skipped, visibly, when ../shared/dumps is not beside the repository.</summary>
public sealed class SamplesFactAttribute : FactAttribute
{
    public SamplesFactAttribute()
    {
        if (!Repo.HasSharedDumps)
        {
            Skip = $"shared samples not found at {Repo.SharedDumps}";
        }
    }
}

/// <summary>A theory that is skipped, visibly, when ../shared/dumps is not beside the repository.</summary>
public sealed class SamplesTheoryAttribute : TheoryAttribute
{
    public SamplesTheoryAttribute()
    {
        if (!Repo.HasSharedDumps)
        {
            Skip = $"shared samples not found at {Repo.SharedDumps}";
        }
    }
}

/// <summary>A fact that is skipped, visibly, when the go tool is not on PATH.</summary>
public sealed class GoFactAttribute : FactAttribute
{
    public GoFactAttribute()
    {
        if (GoTool.Path is null)
        {
            Skip = "go is not on PATH";
        }
    }
}

internal static class GoTool
{
    public static string? Path { get; } = Find();

    private static string? Find()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = System.IO.Path.Combine(dir, "go");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}
