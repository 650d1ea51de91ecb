using System.Collections.Immutable;
using Strand.Model.Ir;
using Strand.Semantics;
using Strand.Syntax.Ast;

namespace Strand.Analysis.Exploration;

/// <summary>The standard-library functions the model knows: timers, contexts, signal.Notify, Once.</summary>
internal sealed partial class Interpreter
{
    private List<Value> StdCall(State s, Frame f, Callee.Std std, List<Value> args, Node site, ref ImmutableList<StepEvent> ev, Value? receiver = null)
    {
        var recv = receiver ?? (std.Receiver is { } r ? Eval(s, f, r) : Value.Unknown);
        switch (std.Path)
        {
            case "time.After":
                return [Value.Ref(s.Alloc(new ChanObj { Site = site, File = f.Fn.File, Capacity = 1, Timer = TimerKind.Once, Armed = true }))];
            case "time.Tick":
                return [Value.Ref(s.Alloc(new ChanObj { Site = site, File = f.Fn.File, Capacity = 1, Timer = TimerKind.Ticker, Armed = true }))];
            case "time.NewTimer" or "time.NewTicker":
            {
                var kind = std.Path == "time.NewTimer" ? TimerKind.Once : TimerKind.Ticker;
                var ch = s.Alloc(new ChanObj { Site = site, File = f.Fn.File, Capacity = 1, Timer = kind, Armed = true });
                var t = new StructObj { Type = UnknownType.Instance };
                t.Fields["C"] = Value.Ref(ch);
                return [Value.Ref(s.Alloc(t))];
            }
            case "time.Timer.Stop" or "time.Ticker.Stop" or "time.Timer.Reset" or "time.Ticker.Reset":
            {
                if (s.Get<StructObj>(recv) is { } t && t.Fields.TryGetValue("C", out var cv) && s.Get<ChanObj>(cv) is { } ch)
                {
                    // Stop reports whether it stopped a timer that had not fired yet
                    var wasArmed = ch.Armed;
                    ch.Armed = std.Path.EndsWith(".Reset", StringComparison.Ordinal);
                    return [Value.Bool(wasArmed)];
                }
                return [Value.Unknown];
            }
            case "time.AfterFunc":
                foreach (var a in args)
                {
                    Open(s, a);
                }
                return [Value.Unknown];
            case "context.Background" or "context.TODO":
                return [Value.Ref(NewContext(s, Value.Unknown, site, f, root: true))];
            case "context.WithoutCancel":
                return [Value.Ref(NewContext(s, Value.Unknown, site, f, root: true))];
            case "context.WithCancel" or "context.WithCancelCause":
            {
                var ctx = NewContext(s, args.Count > 0 ? args[0] : Value.Unknown, site, f);
                return [Value.Ref(ctx), new Value(ValueKind.Cancel, ctx)];
            }
            case "context.WithTimeout" or "context.WithDeadline" or "context.WithTimeoutCause" or "context.WithDeadlineCause":
            {
                var ctx = NewContext(s, args.Count > 0 ? args[0] : Value.Unknown, site, f);
                s.Get<ContextObj>(ctx)!.Timer = true;
                return [Value.Ref(ctx), new Value(ValueKind.Cancel, ctx)];
            }
            case "context.WithValue":
                return [args.Count > 0 ? args[0] : Value.Unknown];
            case "context.Context.Done":
                return [s.Get<ContextObj>(recv) is { } c ? Value.Ref(c.Done) : Value.Unknown];
            case "context.Context.Err":
                return [s.Get<ContextObj>(recv) is { } ce ? (ce.Cancelled ? Value.NonNil : ce.Root ? Value.Nil : Value.Unknown) : Value.Unknown];
            case "errors.New" or "fmt.Errorf":
                return [Value.NonNil];
            case "sync.NewCond":
                return [NewCond(s, f, args, site)];
            case "errors.Is":
                // a nil error matches no sentinel (sentinel errors are non-nil values)
                return [args.Count == 2 && args[0].Kind == ValueKind.Nil ? Value.Bool(args[1].Kind == ValueKind.Nil) : Value.Unknown];
            case "os/signal.Notify":
                foreach (var a in args)
                {
                    Open(s, a);
                }
                return [];
            default:
                _ = ev;
                if (LocalLockCall(s, f, std, receiver, site))
                {
                    return [];
                }
                return [Value.Unknown];
        }
    }

    private static int NewContext(State s, Value parent, Node site, Frame f, bool root = false)
    {
        var p = s.Get<ContextObj>(parent);
        var ctx = new ContextObj { Parent = p is null ? 0 : parent.Id, Root = root, Site = site, Open = !root && p is null };
        var id = s.Alloc(ctx);
        ctx.Done = s.Alloc(new ChanObj { Site = site, File = f.Fn.File, Capacity = 0, Context = id });
        if (p is { Cancelled: true })
        {
            Cancel(s, id);
        }
        return id;
    }

    /// <summary>Cancels a context and every context derived from it: their Done channels close.</summary>
    public static void Cancel(State s, int ctxId)
    {
        foreach (var (id, o) in s.Heap.ToList())
        {
            if (o is ContextObj c && !c.Cancelled && DerivesFrom(s, id, ctxId))
            {
                s.Get<ContextObj>(id)!.Cancelled = true;
                if (s.Get<ChanObj>(c.Done) is { } done)
                {
                    done.Closed = true;
                }
            }
        }
    }

    private static bool DerivesFrom(State s, int ctx, int ancestor)
    {
        for (var i = 0; ctx != 0 && i < 32; i++)
        {
            if (ctx == ancestor)
            {
                return true;
            }
            ctx = s.Get<ContextObj>(ctx)?.Parent ?? 0;
        }
        return false;
    }

    /// <summary>True when code Strand does not see may operate on the channel (or cancel its context).</summary>
    public static bool IsOpen(State s, ChanObj c)
    {
        if (c.Open)
        {
            return true;
        }
        for (var ctx = c.Context; ctx != 0;)
        {
            if (s.Get<ContextObj>(ctx) is not { } co)
            {
                return true;
            }
            if (co.Open)
            {
                return true;
            }
            ctx = co.Parent;
        }
        return false;
    }

    /// <summary>The unknown caller receives what the entry returned and may call its exported methods.</summary>
    private void EnterCaller(State s, Goroutine g, ImmutableArray<Value> results, ref ImmutableList<StepEvent> ev)
    {
        var targets = ImmutableArray.CreateBuilder<CallerTarget>();
        foreach (var r in results)
        {
            switch (r.Kind)
            {
                case ValueKind.Ref when s.Get<StructObj>(r) is { } o && NamedOf(o.Type) is { } nt:
                {
                    var entryExported = g.Frames.Count == 0 && EntryExported;
                    foreach (var (name, v) in o.Fields.ToList())
                    {
                        // an unexported constructor's callers are in the same package: they may use unexported fields
                        if (name.Length > 0 && (char.IsUpper(name[0]) || !entryExported))
                        {
                            Open(s, v);
                        }
                    }
                    foreach (var m in _model.Info.MethodSet(new PointerType(nt)))
                    {
                        // an unexported constructor's callers (same package) may call unexported methods too,
                        // but not the loops the entry already runs as goroutines
                        if ((m.IsExported || !entryExported) && _model.Function(m) is { } mf && !s.Goroutines.Any(x => x.StartedFunction == mf))
                        {
                            targets.Add(new CallerTarget(m.Name, new Value(ValueKind.Bound, r.Id, m), m, r));
                        }
                    }
                    break;
                }
                case ValueKind.Closure or ValueKind.Func or ValueKind.Bound:
                    targets.Add(new CallerTarget("the returned function", r, null, Value.Unknown));
                    break;
                case ValueKind.Cancel:
                    targets.Add(new CallerTarget("the returned cancel function", r, null, Value.Unknown));
                    break;
                default:
                    Open(s, r);
                    break;
            }
        }
        if (targets.Count == 0 || targets.Count > 12)
        {
            foreach (var t in targets)
            {
                Open(s, t.Function);
            }
            s.Goroutines.Remove(g);
            return;
        }
        g.InCaller = true;
        g.Caller = targets.ToImmutable();
        g.CallCounts = [.. Enumerable.Repeat(0, targets.Count)];
        s.CallerHeld = true;
        _ = ev;
    }
}
