using System.Text.RegularExpressions;
using Strand.Analysis.Engine;
using Strand.Analysis.Exploration;
using Strand.Analysis.Findings;
using Strand.Model.Ir;
using Strand.Model.Lowering;
using Strand.Syntax.Ast;

namespace Strand.Analysis.Checks.Sync;

/// <summary>
/// wg-wait-leak: a Wait whose counter can never reach zero (more Add than Done on the path, a Done
/// skipped, a counted goroutine stuck before Done), and the Lock of a counted goroutine whose mutex
/// the waiter holds while it waits.
/// </summary>
internal sealed partial class WaitGroupWaitCheck : ISyncStuckCheck
{
    public Func<StuckGoroutine, Finding?>? Explainer(SyncStuckContext context)
    {
        if (!context.On(CheckIds.WaitGroupLeak))
        {
            return null;
        }
        var interp = new Interpreter(context.Model);
        var waiters = WaitersHolding(interp, context.Result.Stuck);
        return stuck => interp.WaitGroupAwaited(stuck.State, stuck.Goroutine) is { } wg
            ? WaitFinding(stuck, wg)
            : Victim(interp, stuck, waiters) is { } story ? LockHeldByWaiter(stuck, story.State, story.Hold, story.Waiter) : null;
    }

    private static Finding WaitFinding(StuckGoroutine stuck, WaitGroupObj wg)
    {
        var s = stuck.State;
        var text = StuckFindings.Receiver(stuck.Op.Site);
        var entry = StuckFindings.EntryName(s);
        var others = s.Goroutines.Where(h => h.Id != stuck.Goroutine.Id && h.Frames.Count > 0 && !h.InCaller).ToList();
        var left = others.Count == 0
            ? "no goroutine is left to call Done"
            : $"{others.Count} goroutine{(others.Count == 1 ? " is" : "s are")} left to call Done ({string.Join(", ", others.Select(h => StuckFindings.Who(h, entry)).Distinct().Take(3))})";
        var message = $"{StuckFindings.Who(stuck)} blocks forever in {text}.Wait(): no interleaving brings the counter to zero (it is {wg.Count} when Wait starts: {Balance(stuck, text)}; {left})";
        var remedies = new List<string>();
        if (s.Heap.Values.OfType<MutexObj>().FirstOrDefault(m => m.HeldBy(stuck.Goroutine.Id)) is { Writer: { } hold })
        {
            remedies.Add($"wait without holding {StuckFindings.Receiver(hold.Site)}: unlock it before {text}.Wait()");
        }
        if (others.Any(h => h.Current is SendInstr))
        {
            remedies.Add($"read the results while a closer goroutine does {text}.Wait() and then closes the channel, or buffer the channel to the number of senders");
        }
        remedies.Add($"call {text}.Add(1) right before each go statement, and defer {text}.Done() first in the goroutine");
        return StuckFindings.Build(
            CheckIds.WaitGroupLeak,
            stuck,
            message,
            null,
            [],
            $"{(stuck.Spawn is null ? stuck.Function.Name : "the goroutine")} blocks in {text}.Wait() at {Positions.At(stuck.Function.File, stuck.Op.Site)} with the counter at {wg.Count}",
            remedies);
    }

    /// <summary>Goroutines stuck in wg.Wait while they hold a mutex: (go statement, where it was locked) to (state, hold, waiter).</summary>
    private static Dictionary<(GoInstr?, Node), (State State, LockHold Hold, Goroutine Waiter)> WaitersHolding(Interpreter interp, IEnumerable<StuckGoroutine> stuck)
    {
        var result = new Dictionary<(GoInstr?, Node), (State, LockHold, Goroutine)>();
        foreach (var st in stuck)
        {
            if (interp.WaitGroupAwaited(st.State, st.Goroutine) is null)
            {
                continue;
            }
            foreach (var m in st.State.Heap.Values.OfType<MutexObj>())
            {
                if (m.Writer is { } hold && hold.G == st.Goroutine.Id)
                {
                    result.TryAdd((st.Goroutine.Spawn, hold.Site), (st.State, hold, st.Goroutine));
                }
            }
        }
        return result;
    }

    /// <summary>
    /// The stuck goroutine waits in Lock for a mutex whose holder ends up stuck in wg.Wait still holding
    /// it (the same go statement and the same Lock site in the waiter's stuck state): the story from there.
    /// </summary>
    private static (State State, LockHold Hold, Goroutine Waiter)? Victim(Interpreter interp, StuckGoroutine stuck, Dictionary<(GoInstr?, Node), (State, LockHold, Goroutine)> waiters)
    {
        var s = stuck.State;
        if (interp.BlockedLock(s, stuck.Goroutine) is not ({ } mutexId, MutexOp.Lock or MutexOp.RLock)
            || s.Get<MutexObj>(mutexId) is not { Writer: { } hold }
            || s.Find(hold.G) is not { } holder)
        {
            return null;
        }
        return waiters.TryGetValue((holder.Spawn, hold.Site), out var story) ? story : null;
    }

    /// <summary>A goroutine blocked on Lock while the holder of that mutex waits in wg.Wait.</summary>
    private static Finding? LockHeldByWaiter(StuckGoroutine stuck, State s, LockHold hold, Goroutine waiter)
    {
        if (waiter.Top is not { } wf)
        {
            return null;
        }
        var mu = StuckFindings.Receiver(stuck.Op.Site);
        var wgText = StuckFindings.Receiver(wf.Fn.Code[wf.Pc].Site);
        var entry = StuckFindings.EntryName(s);
        var holdAt = hold.File is { } hf ? Positions.At(hf, hold.Site) : "?";
        var waitAt = Positions.At(wf.Fn.File, wf.Fn.Code[wf.Pc].Site);
        var message = $"{StuckFindings.Who(stuck)} blocks forever on {mu}.Lock(): {mu} is held by {StuckFindings.Who(waiter, entry)} (locked at {holdAt}), which waits in {wgText}.Wait() at {waitAt} for the goroutines it counts, this one included";
        return StuckFindings.Build(
            CheckIds.WaitGroupLeak,
            stuck,
            message,
            null,
            hold.File is { } f ? [new RelatedLocation(Positions.Span(f, hold.Site), $"{mu} is locked here")] : [],
            $"{StuckFindings.Who(waiter, entry)} holds {mu} (locked at {holdAt}) and waits in {wgText}.Wait() at {waitAt}; the goroutine blocks on {mu}.Lock() at {Positions.At(stuck.Function.File, stuck.Op.Site)} before its Done",
            [$"wait without holding {mu}: unlock it before {wgText}.Wait(), or take it only after the Wait"]);
    }

    /// <summary>The counter's history on the path, from the witness: each Add site with what it added, and the Done count.</summary>
    private static string Balance(StuckGoroutine stuck, string text)
    {
        var adds = new List<(Node Site, GoFile File, long N)>();
        var dones = 0;
        foreach (var e in stuck.Witness)
        {
            if (e.Text.Contains($" {text}.Done() makes", StringComparison.Ordinal))
            {
                dones++;
            }
            else if (AddEvent().Match(e.Text) is { Success: true } m && m.Groups[1].Value == text)
            {
                adds.Add((e.Site, e.File, long.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)));
            }
        }
        if (adds.Count == 0)
        {
            return $"{dones} Done";
        }
        var parts = adds.GroupBy(a => a.Site).Select(grp =>
        {
            var first = grp.First();
            var call = first.Site is CallExpr { Args: [BasicLit or Ident or SelectorExpr] } c ? $"{text}.Add({ExprText.Render(c.Args[0])})" : $"{text}.Add(...)";
            var total = grp.Sum(a => a.N);
            var times = grp.Count() == 1 ? "" : $" ran {grp.Count()} times and";
            return $"{call} at {Positions.At(first.File, first.Site)}{times} added {total}";
        });
        return $"{string.Join(", ", parts)}; {(dones == 0 ? "no Done yet" : $"{dones} Done{(dones == 1 ? "" : "s")}")}";
    }

    [GeneratedRegex(@": (.+)\.Add\((-?\d+)\) makes the counter")]
    private static partial Regex AddEvent();
}
