using System.Collections.Immutable;
using Strand.Model.Ir;
using Strand.Semantics;
using Strand.Syntax.Ast;
using Strand.Syntax.Tokens;

namespace Strand.Analysis.Exploration;

/// <summary>What happened during a transition, for witnesses.</summary>
public sealed record StepEvent(string Text, Node Site, GoFile File);

/// <summary>The result of running one goroutine's local steps: a state (possibly forked) and what happened.</summary>
internal sealed record LocalResult(State State, ImmutableList<StepEvent> Events);

internal sealed partial class Interpreter
{
    public const int MaxGoroutines = 12;
    public const int MaxFrames = 8;
    public const int MaxForks = 64;
    public const int MaxLocalSteps = 1500;

    /// <summary>Sites of goroutines seen finishing normally (for the unknown caller's leniency).</summary>
    public HashSet<GoInstr> Terminated { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Local steps run so far for this entry (the deterministic work budget).</summary>
    public long TotalSteps { get; private set; }

    /// <summary>The entry is exported: its unknown caller is outside the package.</summary>
    public bool EntryExported { get; set; } = true;

    /// <summary>The entry is main: its return ends the program.</summary>
    public bool EntryIsMain { get; set; }

    /// <summary>
    /// Runs goroutine <paramref name="gid"/> until it reaches a visible operation, finishes, or the
    /// program ends. Branches on unknown data fork the state.
    /// </summary>
    public List<LocalResult> RunLocal(State start, int gid, ImmutableList<StepEvent> events)
    {
        var results = new List<LocalResult>();
        var work = new Stack<(State, ImmutableList<StepEvent>)>();
        var seenForks = new HashSet<StateKey>();
        work.Push((start, events));
        var steps = 0;
        while (work.Count > 0)
        {
            var (s, ev) = work.Pop();
            while (true)
            {
                TotalSteps++;
                if (++steps > MaxLocalSteps)
                {
                    s.Truncated = true;
                    results.Add(new LocalResult(s, ev));
                    break;
                }
                var g = s.Find(gid);
                if (g is null || s.Exited || g.Frames.Count == 0)
                {
                    results.Add(new LocalResult(s, ev));
                    break;
                }
                _forkMayTakeState = seenForks.Count <= MaxForks; // else s itself is kept as the truncated result
                var outcome = Step(s, g, ref ev);
                if (outcome is null)
                {
                    results.Add(new LocalResult(s, ev));
                    break;
                }
                if (outcome.Count == 0)
                {
                    continue;
                }
                // fork: successors are complete states; drop ones already forked from in this run
                if (seenForks.Count > MaxForks)
                {
                    s.Truncated = true; // too many paths through local code: give up on this entry's precision here
                    results.Add(new LocalResult(s, ev));
                    break;
                }
                foreach (var next in outcome)
                {
                    var key = next.Key(); // the canonical key, without renumbering (invisible to the semantics)
                    if (seenForks.Add(key))
                    {
                        work.Push((next, ev));
                    }
                }
                break;
            }
        }
        return results;
    }

    /// <summary>
    /// Executes one local step of <paramref name="g"/>. Returns null when g is paused at a visible
    /// operation (or gone), an empty list when it stepped in place, or the forked states.
    /// </summary>
    private List<State>? Step(State s, Goroutine g, ref ImmutableList<StepEvent> ev)
    {
        var f = g.Top!;
        if (f.Returning)
        {
            if (EntryIsMain && g.Spawn is null && g.Frames.Count == 1 && f.Defers.Count == 0 && !g.Panicking)
            {
                return null; // main returning ends the program: a visible step, so others may run first
            }
            if (DeferredBadUnlock(s, g) is not null)
            {
                return null; // stops here: see DeferredBadUnlock
            }
            Unwind(s, g, ref ev);
            return [];
        }
        if (f.Calling)
        {
            return null; // cannot happen: the callee frame is on top
        }
        var instr = f.Fn.Code[f.Pc];
        switch (instr)
        {
            case NopInstr:
                f.Pc = instr.Next[0];
                return [];
            case AssignInstr a:
            {
                if (a.Values.Length == 1 && a.Targets.Length > 0)
                {
                    Store(s, f, a.Targets[0], Eval(s, f, a.Values[0])); // the common case, without a list
                }
                else
                {
                    var values = a.Values.Select(v => Eval(s, f, v)).ToList();
                    for (var i = 0; i < a.Targets.Length && i < values.Count; i++)
                    {
                        Store(s, f, a.Targets[i], values[i]);
                    }
                }
                f.Pc = instr.Next[0];
                return [];
            }
            case BranchInstr b:
                return Branch(s, g, f, b);
            case ChoiceInstr c:
            {
                var forks = new List<State>();
                var targets = c.Next.Distinct().ToArray();
                foreach (var next in targets)
                {
                    var copy = Fork(s, next == targets[^1]);
                    copy.Find(g.Id)!.Top!.Pc = next;
                    forks.Add(copy);
                }
                return forks;
            }
            case CallInstr call:
                if (IsVisibleCall(s, f, call))
                {
                    return null;
                }
                Call(s, g, f, call, ref ev);
                return [];
            case GoInstr go:
                Spawn(s, g, f, go, ref ev);
                return [];
            case DeferInstr d:
                f.Defers.Add(new DeferredCall(d.Callee, DeferTarget(s, f, d.Callee), [.. d.Args.Select(a => Eval(s, f, a))], d.Site));
                f.Pc = instr.Next[0];
                return [];
            case ReturnInstr r:
                f.Results = r.Values.IsEmpty ? [.. f.Fn.Results.Select(v => Load(s, f, v))] : [.. r.Values.Select(v => Eval(s, f, v))];
                f.Returning = true;
                if (g.Frames.Count == 1 || f.Fn == g.StartedFunction)
                {
                    ev = ev.Add(new StepEvent($"{f.Fn.Name} returns", r.Site, f.Fn.File));
                }
                return [];
            case EndInstr e:
                f.Results = [.. f.Fn.Results.Select(v => Load(s, f, v))];
                f.Returning = true;
                if (g.Frames.Count == 1)
                {
                    ev = ev.Add(new StepEvent($"{f.Fn.Name} returns", e.Site, f.Fn.File));
                }
                return [];
            case PanicInstr p:
                g.Panicking = true;
                f.Returning = true;
                f.Results = [];
                if (g.Frames.Count == 1)
                {
                    ev = ev.Add(new StepEvent($"{f.Fn.Name} panics", p.Site, f.Fn.File));
                }
                return [];
            case ExitInstr:
                return null; // visible: the program ends
            case GoexitInstr:
                g.Panicking = true;
                g.Goexiting = true; // defers run, nothing recovers, the goroutine ends quietly
                f.Returning = true;
                return [];
            default:
                return null; // send, receive, select, close: visible
        }
    }

    private List<State>? Branch(State s, Goroutine g, Frame f, BranchInstr b)
    {
        var c = Eval(s, f, b.Cond);
        if (c.Kind == ValueKind.Bool)
        {
            f.Pc = b.Next[c.N != 0 ? 0 : 1];
            return [];
        }
        if (c.IsOverflow)
        {
            s.Truncated = true; // a count too large to follow: stop this path rather than guess
            return null;
        }
        var forks = new List<State>();
        // i < n with n unknown: decide n (or the collection's length) now, so later loops agree.
        if (b.Cond is MBinary { Op: Token.Lss or Token.Leq or Token.Gtr or Token.Geq or Token.Eql or Token.Neq } cmp)
        {
            var x = Eval(s, f, cmp.X);
            var y = Eval(s, f, cmp.Y);
            // only counters (a variable compared with an unknown bound) or lengths decide a bound
            if (x.Kind == ValueKind.Int && (cmp.X is MVar || y.Kind == ValueKind.SymLen) && Concretizable(s, f, cmp.Y, y)
                || y.Kind == ValueKind.Int && (cmp.Y is MVar || x.Kind == ValueKind.SymLen) && Concretizable(s, f, cmp.X, x))
            {
                var known = x.Kind == ValueKind.Int ? x : y;
                var (expr, value) = x.Kind == ValueKind.Int ? (cmp.Y, y) : (cmp.X, x);
                // unknown counts are at least one (an empty input rarely is the case worth reporting)
                var basis = Math.Max(1, known.N);
                for (var n = basis; n <= basis + 2; n++)
                {
                    var copy = Fork(s, n == basis + 2);
                    var cf = copy.Find(g.Id)!.Top!;
                    Concretize(copy, cf, expr, value, (int)n);
                    forks.Add(copy);
                }
                return forks;
            }
        }
        // i < n+1, i < b.N: an unknown bound built from one variable or field path, decided once
        if (b.Cond is MBinary { Op: Token.Lss or Token.Leq or Token.Gtr or Token.Geq } bc && BoundedBy(s, f, bc) is { } bound)
        {
            var (counterOnLeft, boundExpr, counter) = bound;
            if (Symbolic(boundExpr) is { } sym)
            {
                var benv = s.Get<EnvObj>(f.Env);
                if (benv is not null && benv.Bounds.TryGetValue(sym.Key, out var chosen))
                {
                    var bv = Value.Int(chosen + sym.Offset);
                    var r = counterOnLeft ? Binary(bc.Op, counter, bv) : Binary(bc.Op, bv, counter);
                    if (r.Kind == ValueKind.Bool)
                    {
                        f.Pc = b.Next[r.N != 0 ? 0 : 1];
                        return [];
                    }
                }
                else if (benv is not null)
                {
                    var basis = Math.Max(1, counter.N);
                    for (var n = basis; n <= basis + 2; n++)
                    {
                        var copy = Fork(s, n == basis + 2);
                        var cf = copy.Find(g.Id)!.Top!;
                        copy.Get<EnvObj>(cf.Env)!.Bounds[sym.Key] = n - sym.Offset;
                        forks.Add(copy);
                    }
                    return forks;
                }
            }
        }
        var key = PathKey(b.Cond);
        var env = s.Get<EnvObj>(f.Env);
        if (key is not null && env is not null && env.Facts.TryGetValue(key, out var remembered))
        {
            f.Pc = b.Next[remembered ? 0 : 1];
            return [];
        }
        foreach (var outcome in new[] { true, false })
        {
            var copy = Fork(s, !outcome);
            var cf = copy.Find(g.Id)!.Top!;
            if (key is not null && copy.Get<EnvObj>(cf.Env) is { } ce)
            {
                ce.Facts[key] = outcome;
            }
            Refine(copy, cf, b.Cond, outcome);
            cf.Pc = b.Next[outcome ? 0 : 1];
            forks.Add(copy);
        }
        return forks;
    }

    /// <summary>A comparison of a counter variable (known int) with an unknown bound: (counter is on the left, bound, counter value).</summary>
    private (bool, MExpr, Value)? BoundedBy(State s, Frame f, MBinary cmp)
    {
        if (cmp.X is MVar && Probe(s, f, cmp.X) is { Kind: ValueKind.Int } x && Probe(s, f, cmp.Y).Kind == ValueKind.Unknown)
        {
            return (true, cmp.Y, x);
        }
        if (cmp.Y is MVar && Probe(s, f, cmp.Y) is { Kind: ValueKind.Int } y && Probe(s, f, cmp.X).Kind == ValueKind.Unknown)
        {
            return (false, cmp.X, y);
        }
        return null;
    }

    /// <summary>An unknown bound as a field path plus a constant offset (<c>b.N</c>, <c>n.limit+1</c>).</summary>
    private static (string Key, long Offset)? Symbolic(MExpr e) => e switch
    {
        MField when Path(e) is { } p => (p, 0),
        MBinary { Op: Token.Add, X: var x, Y: MInt c } when Symbolic(x) is { } i => (i.Key, i.Offset + c.Value),
        MBinary { Op: Token.Add, X: MInt c, Y: var y } when Symbolic(y) is { } i => (i.Key, i.Offset + c.Value),
        MBinary { Op: Token.Sub, X: var x, Y: MInt c } when Symbolic(x) is { } i => (i.Key, i.Offset - c.Value),
        MVar when Path(e) is { } p => (p + ".=", 0),
        _ => null,
    };

    /// <summary>A key for conditions on fields of variables (<c>j.audit</c>, <c>cfg.mode == 2</c>); null for others.</summary>
    private static string? PathKey(MExpr e) => e switch
    {
        MField { X: var x, Name: var n } when Path(x) is { } p => $"{p}.{n}",
        MUnary { Op: Token.Not, X: var x } when PathKey(x) is { } p => "!" + p,
        MBinary { Op: Token.Eql or Token.Neq, X: MField fx, Y: MInt or MBool or MNil } b when PathKey(fx) is { } p => $"{p}{b.Op}{b.Y}",
        _ => null,
    };

    private static string? Path(MExpr e) => e switch
    {
        MVar v => $"v{v.Var.Id}",
        MField { X: var x, Name: var n } when Path(x) is { } p => $"{p}.{n}",
        _ => null,
    };

    private static bool Concretizable(State s, Frame f, MExpr e, Value v) =>
        v.Kind == ValueKind.SymLen && s.Get<CollectionObj>((int)v.N) is { LengthKnown: false }
        || v.Kind == ValueKind.Unknown && e is MVar;

    private void Concretize(State s, Frame f, MExpr e, Value v, int n)
    {
        if (v.Kind == ValueKind.SymLen && s.Get<CollectionObj>((int)v.N) is { } c)
        {
            var distinct = c.Elements.Distinct().ToList();
            var element = distinct.Count == 1 ? distinct[0] : Value.Unknown;
            foreach (var d in distinct.Where(d => d != element))
            {
                Open(s, d);
            }
            c.Elements.Clear();
            for (var i = 0; i < n; i++)
            {
                c.Elements.Add(element);
            }
            c.LengthKnown = true;
            // the variable holding len(x) keeps the symbolic length; it now evaluates through the object
            if (e is MVar mv)
            {
                StoreVar(s, f, mv.Var, Value.Int(n));
            }
        }
        else if (e is MVar mv)
        {
            StoreVar(s, f, mv.Var, Value.Int(n));
        }
    }

    /// <summary>Records what a branch on unknown data implies about a variable (flags, errors, nil checks).</summary>
    private void Refine(State s, Frame f, MExpr cond, bool outcome)
    {
        switch (cond)
        {
            case MVar v:
                StoreVar(s, f, v.Var, Value.Bool(outcome));
                break;
            case MUnary { Op: Token.Not, X: MVar v }:
                StoreVar(s, f, v.Var, Value.Bool(!outcome));
                break;
            case MBinary { Op: Token.Eql or Token.Neq } b:
            {
                var (varSide, other) = b.X is MVar ? (b.X as MVar, b.Y) : (b.Y as MVar, b.X);
                if (varSide is null)
                {
                    break;
                }
                var equal = b.Op == Token.Eql ? outcome : !outcome;
                var ov = Eval(s, f, other);
                if (equal && ov.Kind is ValueKind.Nil or ValueKind.Bool or ValueKind.Int)
                {
                    StoreVar(s, f, varSide.Var, ov);
                }
                else if (!equal && ov.Kind == ValueKind.Nil && Load(s, f, varSide.Var).Kind == ValueKind.Unknown)
                {
                    StoreVar(s, f, varSide.Var, Value.NonNil);
                }
                else if (!equal && ov.Kind == ValueKind.Bool)
                {
                    StoreVar(s, f, varSide.Var, Value.Bool(ov.N == 0));
                }
                break;
            }
            default:
                break;
        }
    }

    // ---- calls ----------------------------------------------------------------------------

    private bool IsVisibleCall(State s, Frame f, CallInstr call) => IsVisibleLockCall(s, f, call) || call.Callee switch
    {
        Callee.Std { Path: "sync.WaitGroup.Add" or "sync.WaitGroup.Done" or "sync.WaitGroup.Wait" } => true,
        Callee.Std { Path: "sync.Once.Do" } std => OnceDoWaits(s, f, std),
        Callee.Std std when IsCondMethod(std.Path) => IsVisibleCondCall(s, f, std),
        Callee.Value v => Eval(s, f, v.Function).Kind == ValueKind.Cancel,
        _ => false,
    };

    private Value DeferTarget(State s, Frame f, Callee c) => c switch
    {
        Callee.Value v => Eval(s, f, v.Function),
        Callee.Method m => Eval(s, f, m.Receiver),
        Callee.Interface i => Eval(s, f, i.Receiver),
        Callee.Std { Receiver: { } r } => Eval(s, f, r),
        Callee.Unknown { Receiver: { } r } => Eval(s, f, r),
        _ => Value.Unknown,
    };

    /// <summary>A resolved call: the function model to run and its environment parent, or null when unknown.</summary>
    private sealed record Target(FuncModel Model, int ParentEnv, Value Receiver);

    private Target? Resolve(State s, Callee callee, Value evaluated)
    {
        switch (callee)
        {
            case Callee.Static st:
                return _model.Function(st.Function) is { } m ? new Target(m, 0, Value.Unknown) : null;
            case Callee.Method me:
                return ResolveMethod(s, me.Function, evaluated);
            case Callee.Interface im:
            {
                if (s.Get<StructObj>(evaluated) is { } o && NamedOf(o.Type) is { } nt)
                {
                    foreach (var c in im.Candidates)
                    {
                        if (c.Receiver is { } r && ReferenceEquals(r.Origin, nt.Origin))
                        {
                            return _model.Function(c) is { } cm ? new Target(cm, 0, evaluated) : null;
                        }
                    }
                }
                return null;
            }
            case Callee.Value:
                return ResolveValue(s, evaluated);
            default:
                return null;
        }
    }

    private Target? ResolveValue(State s, Value fn) => fn.Kind switch
    {
        ValueKind.Closure when fn.Code is FuncLit lit && _model.Function(lit) is { } m => new Target(m, (int)fn.N, Value.Unknown),
        ValueKind.Func when fn.Code is FuncSymbol f && _model.Function(f) is { } m => new Target(m, 0, Value.Unknown),
        ValueKind.Bound when fn.Code is FuncSymbol f => ResolveMethod(s, f, fn.N == 0 ? Value.Unknown : Value.Ref((int)fn.N)),
        _ => null,
    };

    private Target? ResolveMethod(State s, FuncSymbol f, Value recv)
    {
        if (_model.Function(f) is not { } m)
        {
            return null;
        }
        // a method promoted from an embedded field runs on that field
        if (f.Receiver is { } rt && s.Get<StructObj>(recv) is { } o && NamedOf(o.Type) is { } nt && !ReferenceEquals(nt.Origin, rt.Origin))
        {
            var inner = Field(s, recv, rt.Name, rt);
            if (inner.Kind != ValueKind.Unknown)
            {
                recv = inner;
            }
        }
        return new Target(m, 0, recv);
    }

    private static NamedType? NamedOf(GoType t) => t switch
    {
        NamedType n => n,
        PointerType { Elem: NamedType n } => n,
        _ => null,
    };

    private Frame NewFrame(State s, Target t, IReadOnlyList<Value> args, bool deferred = false)
    {
        var env = new EnvObj { Owner = t.Model.Decl, Parent = t.ParentEnv };
        var frame = new Frame { Fn = t.Model, Env = s.Alloc(env), IsDeferred = deferred };
        if (t.Model.Receiver is { } rv)
        {
            env.Vars[rv.Id] = t.Receiver;
        }
        for (var i = 0; i < t.Model.Parameters.Length; i++)
        {
            env.Vars[t.Model.Parameters[i].Id] = i < args.Count ? args[i] : Value.Unknown;
        }
        if (args.Count > t.Model.Parameters.Length && t.Model.Parameters.Length > 0)
        {
            foreach (var extra in args.Skip(t.Model.Parameters.Length))
            {
                Open(s, extra); // variadic tail: not followed
            }
        }
        return frame;
    }

    private void Call(State s, Goroutine g, Frame f, CallInstr call, ref ImmutableList<StepEvent> ev)
    {
        if (TryLocalAcquire(s, g, f, call))
        {
            return;
        }
        var args = new List<Value>(call.Args.Length);
        foreach (var a in call.Args)
        {
            args.Add(Eval(s, f, a));
        }
        if (TryOnceDo(s, g, f, call, args))
        {
            return;
        }
        if (call.Callee is Callee.Std { Path: "sync.Once.Do" } && args.Count == 1 && ResolveValue(s, args[0]) is { } once && g.Frames.Count < MaxFrames)
        {
            f.Calling = true;
            g.Frames.Add(NewFrame(s, once, []));
            return;
        }
        if (TryAtomicCall(s, f, call, args))
        {
            return;
        }
        if (call.Callee is Callee.Std std)
        {
            var results = StdCall(s, f, std, args, call.Site, ref ev);
            AssignResults(s, f, call.Results, results);
            f.Pc = call.Next[0];
            return;
        }
        var evaluated = DeferTarget(s, f, call.Callee);
        if (call.Callee is Callee.Value or Callee.Interface { Name: "Lock" or "Unlock" } && LocalLockCall(s, f, call.Callee, evaluated, call.Site))
        {
            AssignResults(s, f, call.Results, []);
            f.Pc = call.Next[0];
            return;
        }
        var target = g.Frames.Count < MaxFrames ? Resolve(s, call.Callee, evaluated) : null;
        if (target is not null && _model.Inert.IsInert(target.Model))
        {
            // cannot block, start goroutines or keep its arguments: only its plain results matter
            AssignResults(s, f, call.Results, []);
            f.Pc = call.Next[0];
            return;
        }
        if (target is null)
        {
            UnknownCall(s, call.Callee, evaluated, args);
            AssignResults(s, f, call.Results, []);
            f.Pc = call.Next[0];
            return;
        }
        f.Calling = true;
        g.Frames.Add(NewFrame(s, target, args));
    }

    private static void UnknownCall(State s, Callee callee, Value evaluated, List<Value> args)
    {
        var pure = callee is Callee.Unknown { KnownStd: true };
        if (!pure)
        {
            Open(s, evaluated);
        }
        else
        {
            OpenMutexArgs(s, args);
        }
        foreach (var a in args)
        {
            if (!pure || a.Kind is ValueKind.Closure or ValueKind.Bound or ValueKind.Func or ValueKind.Cancel)
            {
                Open(s, a);
            }
        }
    }

    private void AssignResults(State s, Frame f, ImmutableArray<LValue> targets, IReadOnlyList<Value> values)
    {
        for (var i = 0; i < targets.Length; i++)
        {
            Store(s, f, targets[i], i < values.Count && values.Count == targets.Length ? values[i] : Value.Unknown);
        }
    }

    private void Spawn(State s, Goroutine g, Frame f, GoInstr go, ref ImmutableList<StepEvent> ev)
    {
        var args = go.Args.Select(a => Eval(s, f, a)).ToList();
        var evaluated = DeferTarget(s, f, go.Callee);
        f.Pc = go.Next[0];
        var target = Resolve(s, go.Callee, evaluated);
        if (target is null)
        {
            if (go.Callee is Callee.Std { Path: "sync.WaitGroup.Wait" or "sync.WaitGroup.Done" } || go.Callee is Callee.Value && evaluated.Kind == ValueKind.Cancel)
            {
                // a goroutine that only cancels or counts down: run it now
                RunStdNow(s, go.Callee, evaluated, args);
                return;
            }
            UnknownCall(s, go.Callee, evaluated, args);
            return;
        }
        if (s.Goroutines.Count >= MaxGoroutines)
        {
            s.Truncated = true;
            return;
        }
        var ng = new Goroutine { Id = s.FreeGoroutineId(), Spawn = go, SpawnFile = f.Fn.File, StartedFunction = target.Model };
        ng.Frames.Add(NewFrame(s, target, args));
        s.Goroutines.Add(ng);
        ev = ev.Add(new StepEvent($"{f.Fn.Name} starts a goroutine", go.Site, f.Fn.File));
    }

    private void RunStdNow(State s, Callee callee, Value evaluated, List<Value> args)
    {
        if (evaluated.Kind == ValueKind.Cancel)
        {
            Cancel(s, (int)evaluated.N);
        }
        else if (callee is Callee.Std { Path: "sync.WaitGroup.Done" } && s.Get<WaitGroupObj>(evaluated) is { } wg)
        {
            wg.Count = Math.Max(0, wg.Count - 1);
        }
        _ = args;
    }

    // ---- returns and panics ---------------------------------------------------------------

    /// <summary>Runs the next deferred call of the returning top frame, or pops it and resumes the caller.</summary>
    private void Unwind(State s, Goroutine g, ref ImmutableList<StepEvent> ev)
    {
        var f = g.Top!;
        if (f.Defers.Count > 0)
        {
            var d = f.Defers[^1];
            f.Defers.RemoveAt(f.Defers.Count - 1);
            RunDeferred(s, g, f, d, ref ev);
            return;
        }
        g.Frames.RemoveAt(g.Frames.Count - 1);
        var goexit = g.Goexiting;
        if (f.IsDeferred)
        {
            var parent = g.Top!;
            if (g.Panicking && !goexit && f.Fn.Recovers)
            {
                g.Panicking = false;
                parent.Recovered = true;
                parent.Results = [.. parent.Fn.Results.Select(v => Load(s, parent, v))];
            }
            return; // the parent is still Returning: it runs its next defer
        }
        if (g.Frames.Count == 0)
        {
            Finish(s, g, f, ref ev);
            return;
        }
        var caller = g.Top!;
        CompleteOnce(s, caller);
        if (g.Panicking && !f.Recovered)
        {
            caller.Calling = false;
            caller.Returning = true;
            caller.Results = [];
            return;
        }
        if (caller.Calling)
        {
            caller.Calling = false;
            if (caller.Fn.Code[caller.Pc] is CallInstr ci)
            {
                AssignResults(s, caller, ci.Results, f.Results);
                caller.Pc = ci.Next[0];
            }
        }
    }

    private void RunDeferred(State s, Goroutine g, Frame f, DeferredCall d, ref ImmutableList<StepEvent> events)
    {
        switch (d.Callee)
        {
            case Callee.Builtin { Name: "close" } when d.Args.Length == 1:
                Use(s.Get<ChanObj>(d.Args[0]), 'c', f);
                if (s.Get<ChanObj>(d.Args[0]) is { Closed: false } ch)
                {
                    ch.Closed = true;
                }
                return;
            case Callee.Builtin:
                return;
            case Callee.Std when TryDeferredAtomic(s, f, d):
                return;
            case Callee.Std std:
            {
                var ev = ImmutableList<StepEvent>.Empty;
                if (std.Path is "sync.WaitGroup.Done" && s.Get<WaitGroupObj>(d.Target) is { } wg)
                {
                    DoneOn(wg, f, d.Site, ref events);
                    return;
                }
                if (std.Path is "sync.WaitGroup.Add" or "sync.WaitGroup.Wait")
                {
                    return;
                }
                StdCall(s, f, std, [.. d.Args], d.Site, ref ev, d.Target);
                return;
            }
            default:
                break;
        }
        if (d.Target.Kind == ValueKind.Cancel)
        {
            Cancel(s, (int)d.Target.N);
            return;
        }
        if (d.Callee is Callee.Value or Callee.Interface { Name: "Lock" or "Unlock" } && LocalLockCall(s, f, d.Callee, d.Target, d.Site))
        {
            return;
        }
        var target = g.Frames.Count < MaxFrames ? Resolve(s, d.Callee, d.Target) : null;
        if (target is null)
        {
            UnknownCall(s, d.Callee, d.Target, [.. d.Args]);
            return;
        }
        g.Frames.Add(NewFrame(s, target, d.Args, deferred: true));
    }

    /// <summary>The goroutine's last frame returned.</summary>
    private void Finish(State s, Goroutine g, Frame last, ref ImmutableList<StepEvent> ev)
    {
        var goexit = g.Goexiting;
        if (g.Panicking && !goexit && (g.Spawn is not null || EntryIsMain))
        {
            // an unrecovered panic ends the program
            s.Exited = true;
            s.Goroutines.Clear();
            return;
        }
        if (g.Spawn is null && goexit)
        {
            s.EntryGoexited = true;
        }
        if (g.Spawn is null)
        {
            OpenHeldBy(s, g.Id); // the unknown caller got the lock with the return: it releases it when it wants
        }
        if (g.Spawn is not null)
        {
            if (!g.Panicking)
            {
                Terminated.Add(g.Spawn);
            }
            s.Goroutines.Remove(g);
            OrphanHolds(s, g.Id);
            return;
        }
        if (g.InCaller)
        {
            // a method the unknown caller called returned: what it returns escapes to the caller
            foreach (var r in last.Results)
            {
                Open(s, r);
            }
            g.Panicking = false;
            g.Goexiting = false;
            return;
        }
        if (EntryIsMain)
        {
            s.Exited = true;
            s.Goroutines.Clear();
            return;
        }
        EnterCaller(s, g, g.Panicking ? [] : last.Results, ref ev);
    }
}
