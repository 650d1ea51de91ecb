using System.Collections.Immutable;
using Strand.Model.Ir;

namespace Strand.Analysis.Exploration;

public enum MoveKind
{
    /// <summary>Goroutine G performs its visible operation alone (case Case of a select; -2 = default).</summary>
    Single,

    /// <summary>G sends (case Case) and H receives (case HCase) on an unbuffered channel.</summary>
    Pair,

    /// <summary>The timer of context object Target fires.</summary>
    Timeout,

    /// <summary>The unknown caller calls its option Target.</summary>
    CallerCall,

    /// <summary>The unknown caller drops what it holds.</summary>
    CallerDrop,
}

public sealed record Move(MoveKind Kind, int G, int Case = -1, int H = 0, int HCase = -1, int Target = 0);

/// <summary>A successor state and who moved to reach it.</summary>
internal sealed record Successor(State State, ImmutableList<StepEvent> Events, ImmutableArray<int> Movers);

internal sealed partial class Interpreter
{
    /// <summary>How a channel operand looks in a state.</summary>
    private enum ChanKind
    {
        Unknown,
        Nil,
        Object,
    }

    private static (ChanKind, ChanObj?, int) ChanOf(State s, Value v)
    {
        if (v.Kind == ValueKind.Nil)
        {
            return (ChanKind.Nil, null, 0);
        }
        return s.Get<ChanObj>(v) is { } c ? (ChanKind.Object, c, v.Id) : (ChanKind.Unknown, null, 0);
    }

    private static bool CanSendAlone(State s, ChanObj c) => IsOpen(s, c) || c.Closed || c.Capacity < 0 || c.Buffer.Count < c.Capacity;

    private static bool CanRecvAlone(State s, ChanObj c) => IsOpen(s, c) || c.Buffer.Count > 0 || c.Closed || c.Timer != TimerKind.None && c.Armed;

    /// <summary>The channel operations goroutine g is waiting to perform: (case, isSend, channel value).</summary>
    private IEnumerable<(int Case, bool Send, Value Chan)> Ops(State s, Goroutine g)
    {
        var f = g.Top;
        if (f is null || f.Returning || f.Calling)
        {
            yield break;
        }
        switch (f.Fn.Code[f.Pc])
        {
            case SendInstr send:
                yield return (-1, true, Probe(s, f, send.Chan.Chan));
                break;
            case RecvInstr recv:
                yield return (-1, false, Probe(s, f, recv.Chan.Chan));
                break;
            case SelectInstr sel:
                for (var i = 0; i < sel.Cases.Length; i++)
                {
                    yield return (i, sel.Cases[i].IsSend, Probe(s, f, sel.Cases[i].Chan.Chan));
                }
                break;
            default:
                break;
        }
    }

    public List<Move> Enumerate(State s)
    {
        var moves = new List<Move>();
        if (s.Exited || s.Truncated)
        {
            return moves;
        }
        var ops = s.Goroutines.ToDictionary(g => g.Id, g => Ops(s, g).ToList());
        foreach (var g in s.Goroutines)
        {
            if (g.InCaller && g.Frames.Count == 0)
            {
                for (var i = 0; i < g.Caller.Length; i++)
                {
                    if (g.CallCounts[i] < 2)
                    {
                        moves.Add(new Move(MoveKind.CallerCall, g.Id, Target: i));
                    }
                }
                moves.Add(new Move(MoveKind.CallerDrop, g.Id));
                continue;
            }
            var f = g.Top;
            if (f is null)
            {
                continue;
            }
            if (f.Returning)
            {
                if (DeferredBadUnlock(s, g) is null)
                {
                    moves.Add(new Move(MoveKind.Single, g.Id));
                }
                continue;
            }
            var instr = f.Fn.Code[f.Pc];
            switch (instr)
            {
                case SendInstr or RecvInstr or SelectInstr:
                {
                    var any = false;
                    foreach (var (c, send, chan) in ops[g.Id])
                    {
                        var (kind, obj, id) = ChanOf(s, chan);
                        if (kind == ChanKind.Nil)
                        {
                            continue;
                        }
                        if (kind == ChanKind.Unknown || (send ? CanSendAlone(s, obj!) : CanRecvAlone(s, obj!)))
                        {
                            moves.Add(new Move(MoveKind.Single, g.Id, c));
                            any = true;
                            continue;
                        }
                        foreach (var h in s.Goroutines)
                        {
                            if (h.Id == g.Id)
                            {
                                continue;
                            }
                            foreach (var (hc, hsend, hchan) in ops[h.Id])
                            {
                                if (hsend != send && hchan.Kind == ValueKind.Ref && hchan.Id == id)
                                {
                                    any = true;
                                    if (send)
                                    {
                                        moves.Add(new Move(MoveKind.Pair, g.Id, c, h.Id, hc));
                                    }
                                }
                            }
                        }
                    }
                    if (!any && instr is SelectInstr { HasDefault: true })
                    {
                        moves.Add(new Move(MoveKind.Single, g.Id, -2));
                    }
                    break;
                }
                case CloseInstr:
                    moves.Add(new Move(MoveKind.Single, g.Id));
                    break;
                case CallInstr call:
                {
                    if (!LockEnabled(s, g, f, call))
                    {
                        break;
                    }
                    if (call.Callee is Callee.Std std && (!WaitGroupWaitEnabled(s, f, std) || OnceDoWaits(s, f, std) || !CondEnabled(s, g, f, std)))
                    {
                        break;
                    }
                    moves.Add(new Move(MoveKind.Single, g.Id));
                    break;
                }
                default:
                    moves.Add(new Move(MoveKind.Single, g.Id));
                    break;
            }
        }
        foreach (var (id, o) in s.Heap)
        {
            if (o is ContextObj { Timer: true, Cancelled: false })
            {
                moves.Add(new Move(MoveKind.Timeout, 0, Target: id));
            }
        }
        return moves;
    }

    public List<Successor> Apply(State from, Move m)
    {
        var s = from.Clone();
        var events = ImmutableList<StepEvent>.Empty;
        ImmutableArray<int> movers;
        switch (m.Kind)
        {
            case MoveKind.Timeout:
                Cancel(s, m.Target);
                return [new Successor(s, events, [])];
            case MoveKind.CallerDrop:
            {
                var g = s.Find(m.G)!;
                s.Goroutines.Remove(g);
                s.CallerDropped = true;
                return [new Successor(s, events, [m.G])];
            }
            case MoveKind.CallerCall:
            {
                var g = s.Find(m.G)!;
                var t = g.Caller[m.Target];
                g.CallCounts = g.CallCounts.SetItem(m.Target, g.CallCounts[m.Target] + 1);
                if (t.Function.Kind == ValueKind.Cancel)
                {
                    Cancel(s, (int)t.Function.N);
                    return [new Successor(s, events, [m.G])];
                }
                if (ResolveValue(s, t.Function) is not { } target)
                {
                    return [new Successor(s, events, [m.G])];
                }
                var args = target.Model.Parameters.Select(_ => Value.Unknown).ToList();
                g.Frames.Add(NewFrame(s, target, args));
                movers = [m.G];
                break;
            }
            case MoveKind.Pair:
            {
                var g = s.Find(m.G)!;
                var h = s.Find(m.H)!;
                var value = SendValue(s, g, m.Case);
                var chanValue = Probe(s, g.Top!, g.Top!.Fn.Code[g.Top.Pc] is SendInstr si ? si.Chan.Chan : ((SelectInstr)g.Top.Fn.Code[g.Top.Pc]).Cases[m.Case].Chan.Chan);
                Use(s.Get<ChanObj>(chanValue), 's', g.Top!);
                Use(s.Get<ChanObj>(chanValue), 'r', h.Top!);
                Receive(s, h, m.HCase, value, Value.True);
                Advance(g, m.Case);
                movers = [m.G, m.H];
                break;
            }
            default:
            {
                var g = s.Find(m.G)!;
                PerformSingle(s, g, m.Case, ref events);
                movers = [m.G];
                break;
            }
        }
        // run the movers' local steps up to their next visible operation
        var results = new List<(State, ImmutableList<StepEvent>)> { (s, events) };
        foreach (var id in movers)
        {
            var next = new List<(State, ImmutableList<StepEvent>)>();
            foreach (var (st, ev) in results)
            {
                foreach (var r in RunLocal(st, id, ev))
                {
                    next.Add((r.State, r.Events));
                }
            }
            results = next;
        }
        return [.. results.Select(r => new Successor(r.Item1, r.Item2, movers))];
    }

    private Value SendValue(State s, Goroutine g, int c)
    {
        var f = g.Top!;
        return f.Fn.Code[f.Pc] switch
        {
            SendInstr send => Eval(s, f, send.Value),
            SelectInstr sel when c >= 0 => Eval(s, f, sel.Cases[c].SendValue),
            _ => Value.Unknown,
        };
    }

    private void Receive(State s, Goroutine h, int c, Value value, Value ok)
    {
        var f = h.Top!;
        switch (f.Fn.Code[f.Pc])
        {
            case RecvInstr recv:
                Store(s, f, recv.Value, value);
                Store(s, f, recv.Ok, ok);
                break;
            case SelectInstr sel when c >= 0:
                Store(s, f, sel.Cases[c].RecvValue, value);
                Store(s, f, sel.Cases[c].RecvOk, ok);
                break;
            default:
                break;
        }
        Advance(h, c);
    }

    private static void Advance(Goroutine g, int c)
    {
        var f = g.Top!;
        var instr = f.Fn.Code[f.Pc];
        f.Pc = instr is SelectInstr ? instr.Next[c == -2 ? ^1 : c] : instr.Next[0];
    }

    private void PerformSingle(State s, Goroutine g, int c, ref ImmutableList<StepEvent> events)
    {
        var f = g.Top!;
        var instr = f.Fn.Code[f.Pc];
        if (f.Returning || instr is ExitInstr)
        {
            s.Exited = true; // main returns (or os.Exit): the program ends
            s.Goroutines.Clear();
            return;
        }
        if (c == -2)
        {
            Advance(g, c);
            return;
        }
        switch (instr)
        {
            case SendInstr or SelectInstr when IsSendCase(instr, c):
            {
                var chan = Eval(s, f, instr is SendInstr si ? si.Chan.Chan : ((SelectInstr)instr).Cases[c].Chan.Chan);
                var value = SendValue(s, g, c);
                var (kind, obj, _) = ChanOf(s, chan);
                Use(obj, 's', f);
                if (kind == ChanKind.Object && obj!.Closed)
                {
                    Panic(g);
                    return;
                }
                if (kind == ChanKind.Unknown || IsOpen(s, obj!))
                {
                    Open(s, value);
                }
                else if (obj!.Capacity < 0)
                {
                    if (!obj.Buffer.Contains(value))
                    {
                        obj.Buffer.Add(value);
                    }
                }
                else
                {
                    obj.Buffer.Add(value);
                }
                Advance(g, c);
                return;
            }
            case RecvInstr or SelectInstr:
            {
                var chan = Eval(s, f, instr is RecvInstr ri ? ri.Chan.Chan : ((SelectInstr)instr).Cases[c].Chan.Chan);
                var (kind, obj, _) = ChanOf(s, chan);
                Use(obj, 'r', f);
                if (kind == ChanKind.Unknown)
                {
                    Receive(s, g, c, Value.Unknown, Value.Unknown);
                }
                else if (obj!.Buffer.Count > 0)
                {
                    var v = obj.Buffer[0];
                    if (obj.Capacity >= 0)
                    {
                        obj.Buffer.RemoveAt(0);
                    }
                    Receive(s, g, c, v, Value.True);
                }
                else if (obj.Closed)
                {
                    Receive(s, g, c, Value.Unknown, Value.False);
                }
                else if (obj.Timer != TimerKind.None && obj.Armed)
                {
                    if (obj.Timer == TimerKind.Once)
                    {
                        obj.Armed = false;
                    }
                    Receive(s, g, c, Value.NonNil, Value.True);
                }
                else
                {
                    Receive(s, g, c, Value.Unknown, Value.Unknown); // open channel: anything may come
                }
                return;
            }
            case CloseInstr close:
            {
                var (kind, obj, _) = ChanOf(s, Eval(s, f, close.Chan.Chan));
                Use(obj, 'c', f);
                if (kind == ChanKind.Nil || kind == ChanKind.Object && obj!.Closed && !IsOpen(s, obj))
                {
                    Panic(g);
                    return;
                }
                if (obj is not null)
                {
                    obj.Closed = true;
                }
                f.Pc = instr.Next[0];
                return;
            }
            case CallInstr call:
            {
                if (PerformLock(s, g, f, call))
                {
                    return;
                }
                var args = call.Args.Select(a => Eval(s, f, a)).ToList();
                switch (call.Callee)
                {
                    case Callee.Std { Path: "sync.Once.Do" }:
                        return; // the Once is free now: the next local step runs the Do
                    case Callee.Std std when PerformWaitGroup(s, f, call, std, args, ref events) || PerformCond(s, g, f, call, std, ref events):
                        return;
                    case Callee.Value v when Eval(s, f, v.Function) is { Kind: ValueKind.Cancel } cancel:
                        Cancel(s, (int)cancel.N);
                        break;
                    default:
                        break;
                }
                AssignResults(s, f, call.Results, []);
                f.Pc = instr.Next[0];
                return;
            }
            default:
                return;
        }
    }

    private static bool IsSendCase(Instr instr, int c) => instr is SendInstr || instr is SelectInstr sel && c >= 0 && sel.Cases[c].IsSend;

    private static void Panic(Goroutine g)
    {
        g.Panicking = true;
        g.Top!.Returning = true;
        g.Top.Results = [];
    }
}
