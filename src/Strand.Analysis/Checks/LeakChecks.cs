using System.Collections.Immutable;

namespace Strand.Analysis.Checks;

/// <summary>The explorer-based checks, most specific first: the first that matches reports.</summary>
public static class LeakChecks
{
    public static ImmutableArray<ILeakCheck> All { get; } =
    [
        new NilChanCheck(),
        new ContextLeakCheck(),
        new ChanRangeLeakCheck(),
        new ChanSendLeakCheck(),
        new ChanRecvLeakCheck(),
        new SelectLeakCheck(),
    ];
}
