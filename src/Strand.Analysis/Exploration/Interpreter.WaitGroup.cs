using System.Collections.Immutable;
using Strand.Model.Ir;
using Strand.Model.Lowering;
using Strand.Syntax.Ast;

namespace Strand.Analysis.Exploration;

/// <summary>
/// sync.WaitGroup: Add, Done and Wait are visible operations; Wait is enabled only when the
/// counter is zero (or the WaitGroup is open). Each Add and Done leaves a witness step with the
/// counter's new value, so a finding can show the balance.
/// </summary>
internal sealed partial class Interpreter
{
    /// <summary>The counter is clamped: beyond it the model cannot tell counts apart.</summary>
    private const int MaxWaitGroupCount = 16;

    /// <summary>Whether g, paused at wg.Wait, can return now (true for every other call).</summary>
    private bool WaitGroupWaitEnabled(State s, Frame f, Callee.Std std)
    {
        if (std.Path != "sync.WaitGroup.Wait")
        {
            return true;
        }
        var wgv = Probe(s, f, std.Receiver ?? MUnknown.Instance);
        return s.Get<WaitGroupObj>(wgv) is not { Open: false, Count: > 0 };
    }

    /// <summary>The WaitGroup goroutine g waits for in Wait (followed, counter above zero), or null.</summary>
    internal WaitGroupObj? WaitGroupAwaited(State s, Goroutine g) =>
        g.Top is { Returning: false, Calling: false } f && f.Fn.Code[f.Pc] is CallInstr { Callee: Callee.Std { Path: "sync.WaitGroup.Wait" } std }
            && s.Get<WaitGroupObj>(Probe(s, f, std.Receiver ?? MUnknown.Instance)) is { Open: false, Count: > 0 } wg
            ? wg
            : null;

    /// <summary>Performs wg.Add / wg.Done (Wait needs nothing); false when the call is not a WaitGroup method.</summary>
    private bool PerformWaitGroup(State s, Frame f, CallInstr call, Callee.Std std, List<Value> args, ref ImmutableList<StepEvent> events)
    {
        if (std.Path is not ("sync.WaitGroup.Add" or "sync.WaitGroup.Done" or "sync.WaitGroup.Wait"))
        {
            return false;
        }
        var wg = s.Get<WaitGroupObj>(std.Receiver is null ? Value.Unknown : Eval(s, f, std.Receiver));
        if (wg is not null && std.Path == "sync.WaitGroup.Add")
        {
            if (args.Count == 1 && args[0].Kind == ValueKind.Int)
            {
                wg.Count = Math.Clamp(wg.Count + (int)args[0].N, 0, MaxWaitGroupCount);
                events = events.Add(new StepEvent($"{f.Fn.Name}: {ReceiverText(call.Site)}.Add({args[0].N}) makes the counter {wg.Count}", call.Site, f.Fn.File));
            }
            else
            {
                wg.Open = true;
            }
        }
        else if (wg is not null && std.Path == "sync.WaitGroup.Done")
        {
            DoneOn(wg, f, call.Site, ref events);
        }
        AssignResults(s, f, call.Results, []);
        f.Pc = call.Next[0];
        return true;
    }

    /// <summary>One Done on <paramref name="wg"/>, called or deferred at <paramref name="site"/>.</summary>
    private static void DoneOn(WaitGroupObj wg, Frame f, Node site, ref ImmutableList<StepEvent> events)
    {
        wg.Count = Math.Max(0, wg.Count - 1);
        if (!wg.Open)
        {
            events = events.Add(new StepEvent($"{f.Fn.Name}: {ReceiverText(site)}.Done() makes the counter {wg.Count}", site, f.Fn.File));
        }
    }

    /// <summary>The receiver of a method call as written (<c>wg</c>, <c>r.wg</c>), for witnesses.</summary>
    internal static string ReceiverText(Node site)
    {
        var call = site switch
        {
            CallExpr c => c,
            DeferStmt d => d.Call,
            GoStmt g => g.Call,
            ExprStmt { X: CallExpr c } => c,
            _ => null,
        };
        var fun = call?.Fun;
        while (fun is ParenExpr p)
        {
            fun = p.X;
        }
        return fun is SelectorExpr sel ? ExprText.Render(sel.X) : "it";
    }
}
