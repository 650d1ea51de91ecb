using Xunit;

namespace Strand.Analysis.Tests.Sync;

/// <summary>A theory that needs the go toolchain; skipped, visibly, without it.</summary>
public sealed class GoTheoryAttribute : TheoryAttribute
{
    public GoTheoryAttribute()
    {
        if (GoTool.UnavailableReason is { } reason)
        {
            Skip = reason;
        }
    }
}
