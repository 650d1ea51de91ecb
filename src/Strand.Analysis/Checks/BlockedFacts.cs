using System.Collections.Immutable;
using Strand.Analysis.Exploration;
using Strand.Syntax.Ast;

namespace Strand.Analysis.Checks;

public enum BlockedKind
{
    Send,
    Receive,
    Range,
    Select,
}

/// <summary>A channel a blocked operation waits on, as the model saw it in the stuck state.</summary>
public sealed record ChannelFacts(
    string Text,
    bool IsSend,
    bool IsNil,
    ChanObj? Channel,
    ContextObj? Context,
    string Description,
    string Reason);

/// <summary>
/// What the engine knows about a goroutine stuck forever: the operation, the channels, who the
/// goroutine is (its go statement) and why nothing can wake it. Checks turn this into findings.
/// </summary>
public sealed record BlockedFacts(
    StuckGoroutine Stuck,
    BlockedKind Kind,
    GoFile File,
    Node Site,
    ImmutableArray<ChannelFacts> Channels,
    string Who)
{
    public bool AllNil => Channels.Length > 0 && Channels.All(c => c.IsNil);

    public bool AllContextDone => Channels.Length > 0 && Channels.All(c => c.Context is not null);
}

/// <summary>A check over goroutines the explorer proved stuck forever.</summary>
public interface ILeakCheck
{
    string Id { get; }

    /// <summary>True when this check is the one that reports <paramref name="facts"/> (checks are tried in order).</summary>
    bool Matches(BlockedFacts facts);

    string Message(BlockedFacts facts);
}
