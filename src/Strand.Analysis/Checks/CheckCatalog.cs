using System.Collections.Immutable;
using Strand.Analysis.Checks.Docs;

namespace Strand.Analysis.Checks;

/// <summary>Every check Strand knows, in a stable order (channels, locks, directives).</summary>
public static class CheckCatalog
{
    public static ImmutableArray<CheckDescriptor> All { get; } =
    [
        ChanSendLeakDoc.Descriptor,
        ChanRecvLeakDoc.Descriptor,
        ChanRangeLeakDoc.Descriptor,
        SelectLeakDoc.Descriptor,
        EmptySelectDoc.Descriptor,
        NilChannelDoc.Descriptor,
        ContextLeakDoc.Descriptor,
        LostCancelDoc.Descriptor,
        TickerLeakDoc.Descriptor,
        AfterInLoopDoc.Descriptor,
        DoubleLockDoc.Descriptor,
        LockLeakDoc.Descriptor,
        LockOrderDoc.Descriptor,
        RecursiveRLockDoc.Descriptor,
        LockUpgradeDoc.Descriptor,
        WaitGroupLeakDoc.Descriptor,
        WaitGroupAddInGoroutineDoc.Descriptor,
        CondWaitLeakDoc.Descriptor,
        LockChannelDeadlockDoc.Descriptor,
        OnceDeadlockDoc.Descriptor,
        UnusedIgnoreDoc.Descriptor,
    ];

    private static readonly ImmutableDictionary<string, CheckDescriptor> ById =
        All.ToImmutableDictionary(d => d.Id, StringComparer.Ordinal);

    /// <summary>The descriptor of a known check id; throws for an id no check has (a programming error).</summary>
    public static CheckDescriptor Find(string id) =>
        ById.TryGetValue(id, out var descriptor)
            ? descriptor
            : throw new ArgumentException($"unknown check id '{id}'", nameof(id));

    /// <summary>The descriptor of <paramref name="id"/>, or null when no check has that id (user input).</summary>
    public static CheckDescriptor? TryFind(string id) => ById.GetValueOrDefault(id);

    public static bool IsKnown(string id) => ById.ContainsKey(id);

    /// <summary>The ids in catalog order.</summary>
    public static ImmutableArray<string> Ids { get; } = [.. All.Select(d => d.Id)];
}
