namespace Strand.Analysis.Checks;

/// <summary>select-leak: a select none of whose cases can ever proceed, with no default.</summary>
public sealed class SelectLeakCheck : ILeakCheck
{
    public string Id => CheckIds.SelectLeak;

    public bool Matches(BlockedFacts facts) => facts.Kind == BlockedKind.Select && facts.Channels.Length > 0;

    public string Message(BlockedFacts facts)
    {
        var cases = string.Join("; ", facts.Channels.Select(c => $"{(c.IsSend ? "send on" : "receive from")} {c.Text}: {c.Reason}"));
        return $"{facts.Who} blocks forever in a select: none of its cases can proceed ({cases})";
    }
}
