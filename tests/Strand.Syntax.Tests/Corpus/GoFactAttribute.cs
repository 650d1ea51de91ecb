using Xunit;

namespace Strand.Syntax.Tests.Corpus;

/// <summary>A fact that needs the Go toolchain and its standard library source; skipped, visibly, without them.</summary>
public sealed class GoFactAttribute : FactAttribute
{
    public GoFactAttribute()
    {
        if (GoToolchain.UnavailableReason is { } reason)
        {
            Skip = reason;
        }
    }
}
