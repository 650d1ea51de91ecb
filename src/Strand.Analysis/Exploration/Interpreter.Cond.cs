using System.Collections.Immutable;
using Strand.Model.Ir;
using Strand.Syntax.Ast;

namespace Strand.Analysis.Exploration;

/// <summary>
/// sync.Cond made by sync.NewCond. Wait is two visible steps of the waiter: entering parks it
/// (in arrival order) and releases c.L; once a Signal (the oldest waiter) or a Broadcast (all)
/// has woken it, it returns as soon as it can take c.L again. Signal and Broadcast are visible
/// steps too: a signal with nobody parked is lost, which is what a waiter that does not re-check
/// a condition in a loop runs into. An open Cond, or one whose Locker is unknown or open, never blocks.
/// </summary>
internal sealed partial class Interpreter
{
    private static bool IsCondMethod(string path) => path is "sync.Cond.Wait" or "sync.Cond.Signal" or "sync.Cond.Broadcast";

    /// <summary>sync.NewCond(l): a Cond over l (followed when l is a mutex the model knows).</summary>
    private static Value NewCond(State s, Frame f, List<Value> args, Node site)
    {
        var locker = args.Count == 1 && s.Get<MutexObj>(args[0]) is not null ? args[0].Id : 0;
        return Value.Ref(s.Alloc(new CondObj { Locker = locker, Site = site, File = f.Fn.File }));
    }

    /// <summary>
    /// <c>sync.Cond{L: l}</c> (also behind <c>&amp;</c>): a Cond over l, as sync.NewCond(l) makes. Without
    /// an L the model knows, the Cond is unknown and never blocks.
    /// </summary>
    private Value CondLiteral(State s, Frame f, MComposite c)
    {
        var l = c.Elements.FirstOrDefault(e => e.Key == "L").Value;
        var locker = l is null ? Value.Unknown : Eval(s, f, l);
        var id = s.Get<MutexObj>(locker) is not null ? locker.Id : 0;
        return Value.Ref(s.Alloc(new CondObj { Locker = id, Site = c.Site, File = f.Fn.File }));
    }

    /// <summary>
    /// <c>l.Lock()</c> / <c>l.Unlock()</c> through an interface (sync.Locker, as in <c>c.L.Lock()</c>)
    /// whose value is a mutex the model follows: the mutex's own Lock/Unlock.
    /// </summary>
    private (MutexOp Op, Value Mutex) LockerCallOf(State s, Frame f, Callee.Interface call, bool probe)
    {
        if (call.Name is not ("Lock" or "Unlock"))
        {
            return (MutexOp.None, Value.Unknown);
        }
        var recv = probe ? Probe(s, f, call.Receiver) : Eval(s, f, call.Receiver);
        return s.Get<MutexObj>(recv) is not null ? (call.Name == "Lock" ? MutexOp.Lock : MutexOp.Unlock, recv) : (MutexOp.None, Value.Unknown);
    }

    /// <summary>c.L: the Cond's mutex when the model knows it; anything else is unknown.</summary>
    private static Value CondLocker(State s, Value x, string name) =>
        name == "L" && s.Get<CondObj>(x) is { Locker: not 0 } c ? Value.Ref(c.Locker) : Value.Unknown;

    /// <summary>The Cond a method call acts on, when followed and not open.</summary>
    private CondObj? CondOf(State s, Frame f, Callee.Std std, bool probe)
    {
        if (!IsCondMethod(std.Path) || std.Receiver is null)
        {
            return null;
        }
        var v = probe ? Probe(s, f, std.Receiver) : Eval(s, f, std.Receiver);
        // the order of Wait and Signal is only faithful when the model sees every Lock of c.L: a
        // Locker it does not know, or a mutex open to unseen code, leaves the Cond open too
        return s.Get<CondObj>(v) is { Open: false } c && s.Get<MutexObj>(c.Locker) is { Open: false } ? c : null;
    }

    /// <summary>Cond calls on a followed Cond are visible operations.</summary>
    private bool IsVisibleCondCall(State s, Frame f, Callee.Std std) => CondOf(s, f, std, probe: true) is not null;

    /// <summary>Whether g, paused at a Cond call, can take its step now (true for every other call).</summary>
    private bool CondEnabled(State s, Goroutine g, Frame f, Callee.Std std)
    {
        if (std.Path != "sync.Cond.Wait" || CondOf(s, f, std, probe: true) is not { } c)
        {
            return true;
        }
        if (c.Waiting.Contains(g.Id))
        {
            return false;
        }
        return !c.Woken.Contains(g.Id) || s.Get<MutexObj>(c.Locker) is not { } m || m.CanLock;
    }

    /// <summary>g is parked in Wait on a followed Cond and no signal has reached it.</summary>
    internal CondObj? CondAwaited(State s, Goroutine g) =>
        g.Top is { Returning: false, Calling: false } f && f.Fn.Code[f.Pc] is CallInstr { Callee: Callee.Std std }
            && CondOf(s, f, std, probe: true) is { } c && (c.Waiting.Contains(g.Id) || c.Woken.Contains(g.Id))
            ? c
            : null;

    /// <summary>Performs an enabled Cond step of g; false when the call is not a Cond method on a followed Cond.</summary>
    private bool PerformCond(State s, Goroutine g, Frame f, CallInstr call, Callee.Std std, ref ImmutableList<StepEvent> events)
    {
        if (CondOf(s, f, std, probe: false) is not { } c)
        {
            return false;
        }
        var text = ReceiverText(call.Site);
        switch (std.Path)
        {
            case "sync.Cond.Wait" when c.Woken.Remove(g.Id):
                if (s.Get<MutexObj>(c.Locker) is { } relock)
                {
                    relock.Lock(g.Id, call.Site, f.Fn.File);
                }
                f.Pc = call.Next[0];
                return true;
            case "sync.Cond.Wait":
                c.Waiting.Add(g.Id);
                s.Get<MutexObj>(c.Locker)?.Unlock();
                events = events.Add(new StepEvent($"{f.Fn.Name} waits in {text}.Wait()", call.Site, f.Fn.File));
                return true; // parked: the pc stays on the Wait until a signal wakes it
            case "sync.Cond.Signal":
                events = events.Add(new StepEvent(c.Waiting.Count == 0 ? $"{f.Fn.Name}: {text}.Signal() wakes nobody (no goroutine waits yet)" : $"{f.Fn.Name}: {text}.Signal() wakes one waiter", call.Site, f.Fn.File));
                if (c.Waiting.Count > 0)
                {
                    c.Woken.Add(c.Waiting[0]);
                    c.Waiting.RemoveAt(0);
                }
                c.Woken.Sort(); // woken goroutines race for the lock: their order does not matter
                break;
            default:
                events = events.Add(new StepEvent($"{f.Fn.Name}: {text}.Broadcast() wakes {(c.Waiting.Count == 0 ? "nobody" : "every waiter")}", call.Site, f.Fn.File));
                c.Woken.AddRange(c.Waiting);
                c.Waiting.Clear();
                c.Woken.Sort();
                break;
        }
        f.Pc = call.Next[0];
        return true;
    }
}
