namespace Strand.Analysis.Checks;

/// <summary>chan-range-leak: a range over a channel that is never closed once its senders are gone.</summary>
public sealed class ChanRangeLeakCheck : ILeakCheck
{
    public string Id => CheckIds.ChanRangeLeak;

    public bool Matches(BlockedFacts facts) => facts.Kind == BlockedKind.Range;

    public string Message(BlockedFacts facts)
    {
        var c = facts.Channels[0];
        return $"{facts.Who} ranges forever over {c.Text} ({c.Description}): {c.Reason}";
    }
}
