namespace Strand.Analysis.Checks;

/// <summary>ctx-leak: a goroutine waits on ctx.Done() of a context that nothing can cancel.</summary>
public sealed class ContextLeakCheck : ILeakCheck
{
    public string Id => CheckIds.ContextLeak;

    public bool Matches(BlockedFacts facts) => facts.AllContextDone;

    public string Message(BlockedFacts facts)
    {
        var c = facts.Channels[0];
        var where = facts.Kind == BlockedKind.Select ? "in a select whose only cases wait on " + c.Text : "waiting on " + c.Text;
        return $"{facts.Who} blocks forever {where}: {c.Reason}";
    }
}
