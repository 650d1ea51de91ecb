namespace Strand.Analysis.Checks;

/// <summary>chan-recv-leak: a receive that no goroutine left can satisfy (no send, no close).</summary>
public sealed class ChanRecvLeakCheck : ILeakCheck
{
    public string Id => CheckIds.ChanRecvLeak;

    public bool Matches(BlockedFacts facts) => facts.Kind == BlockedKind.Receive;

    public string Message(BlockedFacts facts)
    {
        var c = facts.Channels[0];
        return $"{facts.Who} blocks forever receiving from {c.Text} ({c.Description}): {c.Reason}";
    }
}
