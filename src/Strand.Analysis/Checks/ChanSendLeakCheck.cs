namespace Strand.Analysis.Checks;

/// <summary>chan-send-leak: a send that no goroutine left can receive.</summary>
public sealed class ChanSendLeakCheck : ILeakCheck
{
    public string Id => CheckIds.ChanSendLeak;

    public bool Matches(BlockedFacts facts) => facts.Kind == BlockedKind.Send;

    public string Message(BlockedFacts facts)
    {
        var c = facts.Channels[0];
        return $"{facts.Who} blocks forever sending on {c.Text} ({c.Description}): {c.Reason}";
    }
}
