namespace Strand.Analysis.Checks;

/// <summary>nil-chan: a send or receive on a channel that is nil, which blocks forever.</summary>
public sealed class NilChanCheck : ILeakCheck
{
    public string Id => CheckIds.NilChannel;

    public bool Matches(BlockedFacts facts) => facts.Kind != BlockedKind.Select && facts.AllNil;

    public string Message(BlockedFacts facts)
    {
        var c = facts.Channels[0];
        var verb = c.IsSend ? "sending on" : "receiving from";
        return $"{facts.Who} blocks forever {verb} {c.Text}: {c.Text} is nil here, and an operation on a nil channel never proceeds";
    }
}
