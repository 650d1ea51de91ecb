using System.Collections.Immutable;
using Strand.Analysis.Engine;
using Strand.Analysis.Exploration;
using Strand.Analysis.Findings;

namespace Strand.Analysis.Checks.Sync;

/// <summary>
/// The explorer's lock checks: <c>double-lock</c>, <c>lock-leak</c>, <c>lock-order</c>,
/// <c>recursive-rlock</c>, <c>lock-upgrade</c> and <c>lock-chan-deadlock</c>. Each stuck
/// goroutine whose story is a lock (see <see cref="LockStoryTeller"/>) gets one finding on the
/// operation it blocks on, with what it holds and what the holder waits for.
/// </summary>
internal sealed class LockDeadlockCheck : ISyncStuckCheck
{
    public Func<StuckGoroutine, Finding?>? Explainer(SyncStuckContext context)
    {
        var entryName = context.Result.Stuck.IsEmpty ? "" : context.Result.Stuck[0].State.Goroutines.Find(g => g.Spawn is null)?.Frames.FirstOrDefault()?.Fn.Name ?? "";
        var teller = new LockStoryTeller(new Interpreter(context.Model), entryName);
        return stuck => Explain(teller, stuck, context.Result.Stuck) is { } story && context.On(story.Check) ? Build(stuck, story) : null;
    }

    /// <summary>
    /// The story in the state the goroutine was found stuck in, or else in a later stuck state of
    /// another goroutine where this one still waits at the same operation: a goroutine blocked on a
    /// channel is stuck before its partner reaches the Lock that makes the cycle visible.
    /// </summary>
    private static LockStory? Explain(LockStoryTeller teller, StuckGoroutine stuck, IEnumerable<StuckGoroutine> all)
    {
        if (teller.Explain(stuck.State, stuck.Goroutine) is { } story)
        {
            return story;
        }
        if (stuck.Op is not (Model.Ir.SendInstr or Model.Ir.RecvInstr or Model.Ir.SelectInstr))
        {
            return null;
        }
        foreach (var other in all)
        {
            if (ReferenceEquals(other, stuck) || other.State.Find(stuck.Goroutine.Id) is not { Top: { } top } same
                || top.Fn != stuck.Function || !ReferenceEquals(top.Fn.Code[top.Pc], stuck.Op) || same.Frames.Count != stuck.Goroutine.Frames.Count)
            {
                continue;
            }
            if (teller.Explain(other.State, same) is { } later)
            {
                return later;
            }
        }
        return null;
    }

    private static Finding Build(StuckGoroutine stuck, LockStory story)
    {
        var file = stuck.Function.File;
        var span = Positions.Span(file, story.Site ?? stuck.Op.Site);
        SourceSpan? goroutine = stuck.Spawn is { } go && stuck.Goroutine.SpawnFile is { } gf ? Positions.Span(gf, go.Site) : null;
        var holdSpan = story.Hold is { File: { } hf } h ? Positions.Span(hf, h.Site) : span;
        var related = ImmutableArray.CreateBuilder<RelatedLocation>();
        if (goroutine is not null)
        {
            related.Add(new RelatedLocation(goroutine, "the goroutine is started here"));
        }
        if (story.Hold is not null)
        {
            related.Add(new RelatedLocation(holdSpan, $"{story.Mutex} is locked here"));
        }
        var steps = stuck.Witness.Select(e => $"{e.Text} at {Positions.At(e.File, e.Site)}").ToList();
        if (steps.Count > 6)
        {
            steps = [.. steps.Take(2), "…", .. steps.Skip(steps.Count - 3)];
        }
        steps.AddRange(story.Steps);
        return new Finding(
            story.Check,
            CheckCatalog.Find(story.Check).DefaultSeverity,
            story.Message,
            span,
            goroutine,
            new NamedObject(story.Mutex, holdSpan),
            related.ToImmutable(),
            [.. steps],
            ImmutableArray<SuggestedFix>.Empty);
    }
}
