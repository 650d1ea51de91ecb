using Strand.Model.Ir;
using Strand.Semantics;
using Strand.Syntax.Ast;

namespace Strand.Analysis.Exploration;

/// <summary>
/// sync.Once: the first Do runs the function in the calling goroutine and marks the Once
/// running; a Do while it runs is a visible operation that waits until the function returns
/// (or panics: Go marks the Once done then too). A Do from the goroutine running the function,
/// directly or through callees, therefore waits forever, as in Go.
/// </summary>
internal sealed partial class Interpreter
{
    /// <summary>A fresh object for a value of a sync type this file or the WaitGroup model follows, or null.</summary>
    internal static HeapObj? SyncZeroOf(GoType type) =>
        WellKnown.IsOnce(type) ? new OnceObj()
        : WellKnown.IsWaitGroup(type) ? new WaitGroupObj()
        : null;

    /// <summary>A package-level Once or WaitGroup: one object per variable for the whole exploration.</summary>
    private static Value GlobalSync(State s, VarSymbol v)
    {
        if (v.Type is PointerType || SyncZeroOf(v.Type) is not { } fresh)
        {
            return Value.Unknown;
        }
        var key = GlobalKey(v);
        if (s.Globals.TryGetValue(key, out var existing))
        {
            return existing;
        }
        // an exported variable of a library package may be used by code Strand does not see
        fresh.Open = v.IsExported && v.Package is { Name: not "main" };
        var made = Value.Ref(s.Alloc(fresh));
        s.Globals[key] = made;
        return made;
    }

    /// <summary>The Once a Do call acts on, when the model follows it and it is not open.</summary>
    private OnceObj? OnceOf(State s, Frame f, Callee.Std std, bool probe)
    {
        if (std.Path != "sync.Once.Do" || std.Receiver is null)
        {
            return null;
        }
        var v = probe ? Probe(s, f, std.Receiver) : Eval(s, f, std.Receiver);
        return s.Get<OnceObj>(v) is { Open: false } o ? o : null;
    }

    /// <summary>A Do that must wait: another Do of the same Once is running its function.</summary>
    private bool OnceDoWaits(State s, Frame f, Callee.Std std) => OnceOf(s, f, std, probe: true) is { Runner: not 0, Done: false };

    /// <summary>
    /// Runs a Do as a local step: returns at once when the Once is done, else starts the function in
    /// this goroutine (the Once is running until it returns). False when the model does not follow the Once.
    /// </summary>
    private bool TryOnceDo(State s, Goroutine g, Frame f, CallInstr call, List<Value> args)
    {
        if (call.Callee is not Callee.Std std || OnceOf(s, f, std, probe: false) is not { } once)
        {
            return false;
        }
        if (once.Done)
        {
            f.Pc = call.Next[0];
            return true;
        }
        var target = args.Count == 1 ? ResolveValue(s, args[0]) : null;
        if (target is null || g.Frames.Count >= MaxFrames)
        {
            // a function Strand cannot run: it may do anything, but the Once is done afterwards
            foreach (var a in args)
            {
                Open(s, a);
            }
            once.Done = true;
            f.Pc = call.Next[0];
            return true;
        }
        once.Runner = g.Id;
        once.StartedAt = call.Site;
        once.StartedIn = f.Fn.File;
        f.Calling = true;
        g.Frames.Add(NewFrame(s, target, []));
        return true;
    }

    /// <summary>The function of a Do returned or panicked into <paramref name="caller"/>: the Once is done.</summary>
    private void CompleteOnce(State s, Frame caller)
    {
        if (caller.Calling && caller.Fn.Code[caller.Pc] is CallInstr { Callee: Callee.Std { Path: "sync.Once.Do" } std }
            && OnceOf(s, caller, std, probe: true) is { } once)
        {
            once.Runner = 0;
            once.Done = true;
        }
    }

    /// <summary>The running Onces goroutine <paramref name="g"/> is the runner of.</summary>
    internal static IEnumerable<OnceObj> OncesRunBy(State s, int g) =>
        s.Heap.Values.OfType<OnceObj>().Where(o => !o.Open && !o.Done && o.Runner == g);

    /// <summary>The Once goroutine g waits for in Do, or null.</summary>
    internal OnceObj? OnceAwaited(State s, Goroutine g) =>
        g.Top is { Returning: false, Calling: false } f && f.Fn.Code[f.Pc] is CallInstr { Callee: Callee.Std std } && OnceDoWaits(s, f, std)
            ? OnceOf(s, f, std, probe: true)
            : null;
}
