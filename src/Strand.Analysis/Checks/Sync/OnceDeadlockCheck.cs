using Strand.Analysis.Engine;
using Strand.Analysis.Exploration;
using Strand.Analysis.Findings;
using Strand.Model.Ir;

namespace Strand.Analysis.Checks.Sync;

/// <summary>
/// once-deadlock: a Do that waits for a Once whose function never returns, because that function
/// calls back into the same Once (directly or through callees) or blocks on something that needs
/// the Once first; and the blocked operation inside the function, when someone waits on the Once.
/// </summary>
internal sealed class OnceDeadlockCheck : ISyncStuckCheck
{
    private const string Remedy = "do not go through the Once from its own function: use the fields it fills, or pass them to the helpers it starts";

    public Func<StuckGoroutine, Finding?>? Explainer(SyncStuckContext context)
    {
        if (!context.On(CheckIds.OnceDeadlock))
        {
            return null;
        }
        var interp = new Interpreter(context.Model);
        var runners = Runners(interp, context.Result.Stuck);
        return stuck => interp.OnceAwaited(stuck.State, stuck.Goroutine) is { } once
            ? WaitingDo(stuck, once)
            : runners.TryGetValue((stuck.Spawn, stuck.Op), out var story) ? BlockedInsideOnce(stuck, story.State, story.Runner, story.Waiter, story.Once) : null;
    }

    /// <summary>The stuck goroutine waits in Do for a function that never returns.</summary>
    private static Finding WaitingDo(StuckGoroutine stuck, OnceObj once)
    {
        var s = stuck.State;
        var text = StuckFindings.Receiver(stuck.Op.Site);
        var startedAt = once.StartedAt is { } st && once.StartedIn is { } sf ? Positions.At(sf, st) : "?";
        string why;
        if (once.Runner == stuck.Goroutine.Id)
        {
            why = $"this goroutine is running the Once's function (its Do at {startedAt}), which calls back into the same Once, so Do waits for itself";
        }
        else
        {
            var runner = s.Find(once.Runner);
            var who = runner is null ? "a goroutine" : StuckFindings.Who(runner, StuckFindings.EntryName(s));
            var doing = runner is null ? "" : $": it blocks {StuckFindings.Doing(runner)}";
            why = $"the Once's function, started by {who} at {startedAt}, never returns{doing}";
        }
        var message = $"{StuckFindings.Who(stuck)} blocks forever in {text}.Do(...): {why}";
        var related = once.StartedAt is { } site && once.StartedIn is { } file && !ReferenceEquals(site, stuck.Op.Site)
            ? new[] { new RelatedLocation(Positions.Span(file, site), "the Once's function is started here") }
            : [];
        return StuckFindings.Build(
            CheckIds.OnceDeadlock,
            stuck,
            message,
            null,
            related,
            $"{(stuck.Spawn is null ? stuck.Function.Name : "the goroutine")} waits in {text}.Do at {Positions.At(stuck.Function.File, stuck.Op.Site)}; {why}",
            [Remedy]);
    }

    /// <summary>
    /// For each goroutine that runs a Once's function while another goroutine waits for it in Do (in
    /// that waiter's stuck state), its blocked operation: the runner's own stuck state may come
    /// earlier, before the waiter reached Do, so the story is told from the waiter's state.
    /// </summary>
    private static Dictionary<(GoInstr?, Instr), (State State, Goroutine Runner, Goroutine Waiter, OnceObj Once)> Runners(Interpreter interp, IEnumerable<StuckGoroutine> stuck)
    {
        var result = new Dictionary<(GoInstr?, Instr), (State, Goroutine, Goroutine, OnceObj)>();
        foreach (var st in stuck)
        {
            if (interp.OnceAwaited(st.State, st.Goroutine) is { } once && once.Runner != st.Goroutine.Id
                && st.State.Find(once.Runner) is { Current: { } op } runner)
            {
                result.TryAdd((runner.Spawn, op), (st.State, runner, st.Goroutine, once));
            }
        }
        return result;
    }

    /// <summary>The stuck goroutine runs a Once's function that another goroutine waits for.</summary>
    private static Finding? BlockedInsideOnce(StuckGoroutine stuck, State s, Goroutine runner, Goroutine waiter, OnceObj once)
    {
        if (once.StartedAt is not { } site || once.StartedIn is not { } file || waiter.Top is not { } wf)
        {
            return null;
        }
        var text = StuckFindings.Receiver(site);
        var entry = StuckFindings.EntryName(s);
        var waitAt = Positions.At(wf.Fn.File, wf.Fn.Code[wf.Pc].Site);
        var message = $"{StuckFindings.Who(stuck)} blocks forever {StuckFindings.Doing(runner)} inside the function of {text}.Do at {Positions.At(file, site)}, so the Once never finishes, while {StuckFindings.Who(waiter, entry)} waits for it in Do at {waitAt}";
        return StuckFindings.Build(
            CheckIds.OnceDeadlock,
            stuck,
            message,
            null,
            [new RelatedLocation(Positions.Span(file, site), "the Once's function is started here")],
            $"{StuckFindings.Who(waiter, entry)} waits in {text}.Do at {waitAt} for a function that blocks {StuckFindings.Doing(runner)}",
            [Remedy]);
    }
}
