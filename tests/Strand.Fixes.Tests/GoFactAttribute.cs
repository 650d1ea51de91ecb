namespace Strand.Fixes.Tests;

/// <summary>A fact that needs the go tool; it is reported as skipped (with the reason) when go is absent.</summary>
public sealed class GoFactAttribute : FactAttribute
{
    public GoFactAttribute()
    {
        if (GoTool.Path is null)
        {
            Skip = "go is not installed: the fixed programs cannot be built or run";
        }
    }
}

/// <summary>A theory that needs the go tool (see <see cref="GoFactAttribute"/>).</summary>
public sealed class GoTheoryAttribute : TheoryAttribute
{
    public GoTheoryAttribute()
    {
        if (GoTool.Path is null)
        {
            Skip = "go is not installed: the fixed programs cannot be built or run";
        }
    }
}
