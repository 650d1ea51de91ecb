using Strand.Analysis.Engine;
using Strand.Analysis.Exploration;
using Strand.Model.Ir;
using Strand.Model.Lowering;
using Strand.Syntax.Ast;

namespace Strand.Analysis.Checks.Sync;

/// <summary>Why a goroutine is stuck because of a lock: the check id, the message and the steps that explain it.</summary>
/// <remarks><see cref="Site"/> overrides where the finding sits (a deferred call, rather than the goroutine's current instruction).</remarks>
internal sealed record LockStory(string Check, string Message, IReadOnlyList<string> Steps, LockHold? Hold, string Mutex, Node? Site = null);

/// <summary>
/// Explains a stuck goroutine in terms of locks, from the state the explorer found it stuck in:
/// who holds the lock it waits for and what that holder waits for in turn. Returns null when
/// locks are not the story (a plain channel leak, or a holder waiting on a WaitGroup, Cond or
/// Once, which the checks of those report).
/// </summary>
internal sealed class LockStoryTeller(Interpreter interp, string entryName)
{
    public LockStory? Explain(State s, Goroutine g)
    {
        if (g.Top is { Returning: true } rf && interp.DeferredBadUnlock(s, g) is var (d, dm))
        {
            return ExplainDeferredBadUnlock(g, rf, d, dm);
        }
        if (g.Top is not { Returning: false, Calling: false } f)
        {
            return null;
        }
        var op = f.Fn.Code[f.Pc];
        if (op is CallInstr call)
        {
            return ExplainLockCall(s, g, f, call);
        }
        return op is SendInstr or RecvInstr or SelectInstr ? ExplainChannelUnderLock(s, g, f, op) : null;
    }

    // ---- a goroutine blocked on Lock / RLock / a wrong Unlock ---------------------------------

    private LockStory? ExplainDeferredBadUnlock(Goroutine g, Frame f, DeferredCall d, MutexObj m)
    {
        var site = d.Site is DeferStmt { Call: { } call } ? call : d.Site;
        var text = MutexText(site);
        if ((m.Readers.Find(x => x.G == g.Id) ?? m.Readers.FirstOrDefault()) is not { } r)
        {
            return null;
        }
        var who = Name(g);
        var at = At(f.Fn.File, d.Site);
        return new LockStory(
            CheckIds.LockLeak,
            $"{who} runs the deferred {text}.Unlock() on an RWMutex held only for reading (RLock at {HoldAt(r)}): Go stops the program " +
            $"with \"fatal error: sync: Unlock of unlocked RWMutex\" and the read lock is never released; defer {text}.RUnlock()",
            [$"{who} read-locks {text} at {HoldAt(r)}", $"{who} returns and runs the Unlock deferred at {at} instead of RUnlock"],
            r,
            text,
            site);
    }

    private LockStory? ExplainLockCall(State s, Goroutine g, Frame f, CallInstr call)
    {
        var (op, mv) = interp.LockCallOf(s, f, call.Callee, probe: true);
        if (s.Get<MutexObj>(mv) is not { Open: false } m)
        {
            return null;
        }
        var text = MutexText(call.Site);
        var at = At(f.Fn.File, call.Site);
        var who = Name(g);
        var opText = $"{text}.{op}()";
        if (op == MutexOp.Unlock)
        {
            var r = m.Readers.Find(x => x.G == g.Id) ?? m.Readers.FirstOrDefault();
            if (m.Writer is not null || r is null)
            {
                return null;
            }
            return new LockStory(
                CheckIds.LockLeak,
                $"{who} calls {opText} on an RWMutex held only for reading (RLock at {HoldAt(r)}): Go stops the program with " +
                $"\"fatal error: sync: Unlock of unlocked RWMutex\" and the read lock is never released; use {text}.RUnlock()",
                [$"{who} read-locks {text} at {HoldAt(r)}", $"{who} calls {opText} at {at} instead of RUnlock"],
                r,
                text);
        }
        if (op == MutexOp.RLock && m.Writer is null)
        {
            return ExplainQueuedReader(s, g, m, text, at, who);
        }
        if (op != MutexOp.Lock && op != MutexOp.RLock)
        {
            return null;
        }
        if (m.Writer is null)
        {
            return op == MutexOp.Lock ? ExplainWriterBehindReaders(s, g, m, mv.Id, text, at, who) : null;
        }
        var h = m.Writer;
        if (h.G == g.Id)
        {
            return ExplainSelf(g, call, h, text, at, who, opText);
        }
        var holder = h.G == 0 ? null : s.Find(h.G);
        if (holder is null || holder.Frames.Count == 0 || holder.InCaller)
        {
            var gone = holder is null ? "a goroutine that ended without unlocking it" : $"{Name(holder)}, which returned without unlocking it";
            return new LockStory(
                CheckIds.LockLeak,
                $"{who} blocks forever on {opText}: {text} was locked at {HoldAt(h)} by {gone}; defer the unlock right after the Lock " +
                "so that every return and panic releases it",
                [$"{text} is locked at {HoldAt(h)} and not unlocked on some path", $"{who} blocks at {at} on {opText}"],
                h,
                text);
        }
        return ExplainHeldByOther(s, g, holder, h, text, at, who, opText);
    }

    private LockStory ExplainSelf(Goroutine g, CallInstr call, LockHold h, string text, string at, string who, string opText)
    {
        var leaked = ReferenceEquals(h.Site, call.Site) || !HoldFrameActive(g, h) || LeftLoop(g, h, call.Site);
        if (leaked)
        {
            return new LockStory(
                CheckIds.LockLeak,
                $"{who} blocks forever on {opText}: {text} is still held: locked at {HoldAt(h)} and not unlocked on the path " +
                "that led here (an early return, continue, break or panic); defer the unlock right after the Lock, or unlock on that path",
                [$"{who} locks {text} at {HoldAt(h)}", $"the path leaves it held", $"{who} blocks at {at} on {opText}, waiting for itself"],
                h,
                text);
        }
        return new LockStory(
            CheckIds.DoubleLock,
            $"{who} blocks forever on {opText}: {text} is already held by this goroutine (locked at {HoldAt(h)}); unlock it first, " +
            "or call a helper that expects the lock held",
            [$"{who} locks {text} at {HoldAt(h)}", $"{who} blocks at {at} on {opText}, waiting for itself"],
            h,
            text);
    }

    private LockStory? ExplainHeldByOther(State s, Goroutine g, Goroutine holder, LockHold h, string text, string at, string who, string opText)
    {
        var hname = Name(holder);
        var hf = holder.Top;
        if (hf is null || hf.Returning || hf.Calling)
        {
            return null;
        }
        var hop = hf.Fn.Code[hf.Pc];
        var hat = At(hf.Fn.File, hop.Site);
        if (hop is CallInstr hcall && interp.BlockedLock(s, holder) is ({ } other, MutexOp.Lock or MutexOp.RLock) && s.Get<MutexObj>(other) is { } m2)
        {
            var mine = m2.HoldOf(g.Id);
            if (mine is null)
            {
                return ExplainLongerCycle(s, g, holder, text, at, who, opText, h);
            }
            // each hold is named as its own Lock call wrote it: in transfer(a, b) / transfer(b, a) the roles swap
            var otherText = MutexText(hcall.Site);
            var mineText = MutexText(mine.Site);
            var theirsText = MutexText(h.Site);
            return new LockStory(
                CheckIds.LockOrder,
                $"{who} blocks forever on {opText} at {at}: {hname} holds it ({theirsText}, locked at {HoldAt(h)}) and waits at {hat} " +
                $"on {otherText}.Lock() for the lock this goroutine holds ({mineText}, locked at {HoldAt(mine)}); take the locks in " +
                "one global order, or release the first before taking the second",
                [
                    $"{who} holds {mineText} (locked at {HoldAt(mine)}) and blocks on {opText} at {at}",
                    $"{hname} holds {theirsText} (locked at {HoldAt(h)}) and blocks on {otherText}.Lock() at {hat}",
                ],
                h,
                text);
        }
        if (ChannelOp(hop) is { } chanText)
        {
            return new LockStory(
                CheckIds.LockChannelDeadlock,
                $"{who} blocks forever on {opText}: {hname} holds {text} (locked at {HoldAt(h)}) while it blocks {chanText} at {hat}, " +
                $"and this goroutine must take {text} before it can complete that operation; release the lock before the channel operation",
                [
                    $"{hname} holds {text} (locked at {HoldAt(h)}) and blocks {chanText} at {hat}",
                    $"{who} blocks at {at} on {opText} before it can reach its side of the channel operation",
                ],
                h,
                text);
        }
        return null; // the holder waits on a WaitGroup, Cond or Once: those checks tell the story
    }

    /// <summary>
    /// Three or more goroutines each holding a lock the next one waits for, back to this one
    /// (A-B, B-C, C-A): lock-order as well. Followed for at most four holders.
    /// </summary>
    private LockStory? ExplainLongerCycle(State s, Goroutine g, Goroutine first, string text, string at, string who, string opText, LockHold firstHold)
    {
        var steps = new List<string> { $"{who} blocks on {opText} at {at}" };
        var cur = first;
        var curHold = firstHold;
        for (var i = 0; i < 4; i++)
        {
            if (cur.Top is not { } cf || interp.BlockedLock(s, cur) is not ({ } id, MutexOp.Lock or MutexOp.RLock) || s.Get<MutexObj>(id) is not { Open: false } m)
            {
                return null;
            }
            var call = (CallInstr)cf.Fn.Code[cf.Pc];
            var next = m.Writer ?? m.Readers.FirstOrDefault(r => r.G != cur.Id);
            if (next is null)
            {
                return null;
            }
            steps.Add($"{Name(cur)} holds {MutexText(curHold.Site)} (locked at {HoldAt(curHold)}) and blocks on {MutexText(call.Site)}.Lock() at {At(cf.Fn.File, call.Site)}");
            if (next.G == g.Id)
            {
                steps.Add($"{who} holds {MutexText(next.Site)} (locked at {HoldAt(next)})");
                return new LockStory(
                    CheckIds.LockOrder,
                    $"{who} blocks forever on {opText} at {at}: {i + 1} other goroutines each hold a lock the next one waits " +
                    $"for, and the last waits for {MutexText(next.Site)}, which this goroutine holds (locked at {HoldAt(next)}); take the " +
                    "locks in one global order",
                    steps,
                    firstHold,
                    text);
            }
            if (s.Find(next.G) is not { } after || after.Id == cur.Id)
            {
                return null;
            }
            cur = after;
            curHold = next;
        }
        return null;
    }

    /// <summary>RLock blocked by a writer queued in Lock: recursive read locking when this goroutine already reads.</summary>
    private LockStory? ExplainQueuedReader(State s, Goroutine g, MutexObj m, string text, string at, string who)
    {
        var mine = m.Readers.Find(r => r.G == g.Id);
        var writer = s.Goroutines.FirstOrDefault(x => x.Id != g.Id && interp.BlockedLock(s, x).Op == MutexOp.Lock && interp.BlockedLock(s, x).Mutex is { } id && s.Get<MutexObj>(id) == m);
        if (mine is null || writer?.Top is not { } wf)
        {
            return null;
        }
        var wat = At(wf.Fn.File, wf.Fn.Code[wf.Pc].Site);
        return new LockStory(
            CheckIds.RecursiveRLock,
            $"{who} blocks forever on {text}.RLock() at {at}: it already holds {text} for reading (RLock at {HoldAt(mine)}) and " +
            $"{Name(writer)} is queued in {text}.Lock() at {wat}, which keeps new readers out; do not read-lock recursively: " +
            "call a helper that assumes the read lock is held",
            [
                $"{who} holds {text} for reading (RLock at {HoldAt(mine)})",
                $"{Name(writer)} queues {text}.Lock() at {wat}",
                $"{who} blocks on {text}.RLock() at {at} behind it",
            ],
            mine,
            text);
    }

    /// <summary>Lock blocked by read holds: an upgrade (own read lock), or a writer queued between the nested RLocks of another goroutine.</summary>
    private LockStory? ExplainWriterBehindReaders(State s, Goroutine g, MutexObj m, int mutexId, string text, string at, string who)
    {
        if (m.Readers.Find(r => r.G == g.Id) is { } own)
        {
            return new LockStory(
                CheckIds.LockUpgrade,
                $"{who} blocks forever on {text}.Lock() at {at}: it still holds {text} for reading (RLock at {HoldAt(own)}), and Lock " +
                $"waits for every reader, this one included; RUnlock first, then Lock and check the condition again",
                [$"{who} read-locks {text} at {HoldAt(own)}", $"{who} blocks on {text}.Lock() at {at}, waiting for its own read lock"],
                own,
                text);
        }
        foreach (var r in m.Readers)
        {
            var reader = r.G == 0 ? null : s.Find(r.G);
            if (reader is null || reader.Frames.Count == 0 || reader.InCaller)
            {
                return new LockStory(
                    CheckIds.LockLeak,
                    $"{who} blocks forever on {text}.Lock() at {at}: {text} was read-locked at {HoldAt(r)} and never read-unlocked; " +
                    "defer the RUnlock right after the RLock",
                    [$"{text} is read-locked at {HoldAt(r)} and not released on some path", $"{who} blocks at {at} on {text}.Lock()"],
                    r,
                    text);
            }
            if (reader.Top is { Returning: false, Calling: false } cf && ChannelOp(cf.Fn.Code[cf.Pc]) is { } chanText)
            {
                var cat = At(cf.Fn.File, cf.Fn.Code[cf.Pc].Site);
                return new LockStory(
                    CheckIds.LockChannelDeadlock,
                    $"{who} blocks forever on {text}.Lock(): {Name(reader)} holds {text} for reading (RLock at {HoldAt(r)}) while it " +
                    $"blocks {chanText} at {cat}, and this goroutine must take {text} before it can complete that operation; release " +
                    "the lock before the channel operation",
                    [
                        $"{Name(reader)} holds {text} for reading (RLock at {HoldAt(r)}) and blocks {chanText} at {cat}",
                        $"{who} blocks at {at} on {text}.Lock() before it can reach its side of the channel operation",
                    ],
                    r,
                    text);
            }
            if (interp.BlockedLock(s, reader) is ({ } id, MutexOp.RLock) && id == mutexId && reader.Top is { } rf)
            {
                var rat = At(rf.Fn.File, rf.Fn.Code[rf.Pc].Site);
                return new LockStory(
                    CheckIds.RecursiveRLock,
                    $"{who} blocks forever on {text}.Lock() at {at}: {Name(reader)} holds {text} for reading (RLock at {HoldAt(r)}) and " +
                    $"read-locks it again at {rat}, which waits behind this queued writer; do not read-lock recursively",
                    [
                        $"{Name(reader)} holds {text} for reading (RLock at {HoldAt(r)})",
                        $"{who} queues {text}.Lock() at {at}",
                        $"{Name(reader)} blocks on {text}.RLock() at {rat} behind it",
                    ],
                    r,
                    text);
            }
        }
        return null;
    }

    // ---- a goroutine blocked on a channel while it holds a lock ------------------------------

    private LockStory? ExplainChannelUnderLock(State s, Goroutine g, Frame f, Instr op)
    {
        foreach (var h in s.Goroutines)
        {
            if (h.Id == g.Id || interp.BlockedLock(s, h) is not ({ } id, MutexOp.Lock or MutexOp.RLock) || s.Get<MutexObj>(id) is not { Open: false } m)
            {
                continue;
            }
            var hold = m.HoldOf(g.Id);
            if (hold is null || hold.Site is null)
            {
                continue;
            }
            var hf = h.Top!;
            var hcall = (CallInstr)hf.Fn.Code[hf.Pc];
            var text = MutexText(hcall.Site);
            var hat = At(hf.Fn.File, hcall.Site);
            var chanText = ChannelOp(op)!;
            var at = At(f.Fn.File, op.Site);
            var who = Name(g);
            return new LockStory(
                CheckIds.LockChannelDeadlock,
                $"{who} blocks forever {chanText} at {at} while holding {text} (locked at {HoldAt(hold)}), and {Name(h)} blocks at " +
                $"{hat} on {text}.Lock(), so it cannot get to its side of the channel; release the lock before the channel operation " +
                "(copy what you need under it), or make the operation non-blocking",
                [
                    $"{who} holds {text} (locked at {HoldAt(hold)}) and blocks {chanText} at {at}",
                    $"{Name(h)} blocks at {hat} on {text}.Lock() before it can reach the channel operation",
                ],
                hold,
                text);
        }
        return null;
    }

    // ---- helpers --------------------------------------------------------------------------

    private static string? ChannelOp(Instr op) => op switch
    {
        SendInstr send => $"sending on {send.Chan.Text}",
        RecvInstr { Form: RecvForm.Range } r => $"ranging over {r.Chan.Text}",
        RecvInstr r => $"receiving from {r.Chan.Text}",
        SelectInstr => "in a select",
        _ => null,
    };

    /// <summary>The frame that took the hold is still on the goroutine's stack.</summary>
    private static bool HoldFrameActive(Goroutine g, LockHold h) =>
        h.Depth >= 1 && g.Frames.Count >= h.Depth && Contains(g.Frames[h.Depth - 1].Fn.Decl, h.Site);

    /// <summary>The hold was taken inside a loop the blocked call is outside of: the loop was left with the lock held.</summary>
    private static bool LeftLoop(Goroutine g, LockHold h, Node blocked)
    {
        if (h.Depth < 1 || g.Frames.Count < h.Depth)
        {
            return false;
        }
        var body = g.Frames[h.Depth - 1].Fn.Decl;
        var left = false;
        AstWalker.Inspect(body, n =>
        {
            if (n is FuncLit && !ReferenceEquals(n, body))
            {
                return false;
            }
            if (n is ForStmt or RangeStmt && Contains(n, h.Site) && !Contains(n, blocked))
            {
                left = true;
            }
            return !left;
        });
        return left;
    }

    private static bool Contains(Node outer, Node inner) => outer.Pos <= inner.Pos && inner.End <= outer.End;

    public static string MutexText(Node site) => site switch
    {
        CallExpr { Fun: SelectorExpr sel } => ExprText.Render(sel.X),
        CallExpr { Fun: var fun } => ExprText.Render(fun),
        _ => "the mutex",
    };

    private string Name(Goroutine g) =>
        g.Spawn is not null && g.SpawnFile is { } file ? $"the goroutine started at {At(file, g.Spawn.Site)}"
        : g.Frames.Count > 0 ? g.Frames[0].Fn.Name : entryName;

    private static string At(GoFile file, Node node) => Positions.At(file, node);

    private static string HoldAt(LockHold h) => h.File is null ? "?" : At(h.File, h.Site);
}
