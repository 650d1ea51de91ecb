using Strand.Semantics;
using Strand.Syntax.Ast;
using Strand.Syntax.Tokens;

namespace Strand.Analysis.Checks.Sync;

/// <summary>A Lock (or RLock) reached on some path while that path already holds the mutex.</summary>
internal sealed record LockConflict(LockCall Second, Held First);

/// <summary>
/// Walks one function body statement by statement, carrying the set of paths that reach each
/// point (at most <see cref="MaxPaths"/>; beyond that, paths are dropped, which can only hide
/// findings). Branches split paths, remembering the condition; break/continue/fallthrough are
/// routed to their target; return and panic end a path; a Lock that blocks forever ends it too.
/// Loops are walked once: the paths after a loop are those that skip it and those that leave
/// it after one pass. Calls and goroutines that may touch a lock make the walk forget it.
/// </summary>
internal sealed class LockPathWalker
{
    private const int MaxPaths = 64;

    private readonly SyncFunction _fn;
    private readonly Func<LockCall, bool> _trackLock;
    private readonly List<LockConflict> _conflicts = [];
    private readonly List<JumpTarget> _targets = [];
    private string? _pendingLabel;

    private LockPathWalker(SyncFunction fn, Func<LockCall, bool> trackLock)
    {
        _fn = fn;
        _trackLock = trackLock;
    }

    private TypeInfo Info => _fn.Info;

    /// <summary>The conflicts found in <paramref name="fn"/>, in source order of the blocked call.</summary>
    public static IReadOnlyList<LockConflict> Walk(SyncFunction fn, Func<LockCall, bool> trackLock)
    {
        if (!LocksAnything(fn, trackLock) || fn.HasGoto)
        {
            return [];
        }
        var walker = new LockPathWalker(fn, trackLock);
        walker.Block(fn.Body.List, [PathState.Empty]);
        return [.. walker._conflicts.OrderBy(c => c.Second.Call.Pos)];
    }

    /// <summary>Most functions take no lock this walk could follow: they cost one pass over the syntax.</summary>
    private static bool LocksAnything(SyncFunction fn, Func<LockCall, bool> trackLock) =>
        fn.LockNamedCalls.Any(call =>
            SyncCalls.AsLockCall(call, fn.Info) is { Op: LockOp.Lock or LockOp.RLock } lc && trackLock(lc));

    private sealed class JumpTarget(Node statement, string? label, bool isLoop, bool isSwitch)
    {
        public Node Statement { get; } = statement;
        public string? Label { get; } = label;
        public bool IsLoop { get; } = isLoop;
        public bool IsSwitch { get; } = isSwitch;
        public List<PathState> Breaks { get; } = [];
        public List<PathState> Continues { get; } = [];
        public List<PathState> Fallthroughs { get; } = [];
    }

    private List<PathState> Block(IEnumerable<Stmt> list, List<PathState> states)
    {
        foreach (var stmt in list)
        {
            if (states.Count == 0)
            {
                break;
            }
            states = Normalize(Stmt(stmt, states));
        }
        return states;
    }

    private List<PathState> Stmt(Stmt stmt, List<PathState> states)
    {
        if (stmt is not LabeledStmt)
        {
            // A label applies only to the statement it is attached to.
            var label = _pendingLabel;
            _pendingLabel = null;
            if (stmt is ForStmt or RangeStmt or SwitchStmt or TypeSwitchStmt or SelectStmt)
            {
                _pendingLabel = label;
            }
        }
        switch (stmt)
        {
            case ExprStmt { X: CallExpr call } when SyncCalls.AsLockCall(call, Info) is { } lc && _trackLock(lc):
                return ApplyLock(lc, states);
            case ExprStmt { X: CallExpr call } when Info.ResolveCall(call) is CallTarget.Builtin { Name: "panic" }:
                Effects(call, ref states);
                return [];
            case ExprStmt e:
                Effects(e.X, ref states);
                return states;
            case DeferStmt:
                return states; // runs at return: it cannot unlock anything before then
            case GoStmt g:
                Effects(g.Call, ref states);
                return states;
            case AssignStmt a:
                foreach (var rhs in a.Rhs)
                {
                    Effects(rhs, ref states);
                }
                foreach (var lhs in a.Lhs)
                {
                    Assigned(lhs, ref states);
                }
                return states;
            case IncDecStmt inc:
                Assigned(inc.X, ref states);
                return states;
            case DeclStmt d:
                foreach (var spec in d.Decl.Specs.OfType<ValueSpec>())
                {
                    foreach (var value in spec.Values)
                    {
                        Effects(value, ref states);
                    }
                }
                return states;
            case SendStmt send:
                Effects(send.Chan, ref states);
                Effects(send.Value, ref states);
                return states;
            case ReturnStmt ret:
                foreach (var r in ret.Results)
                {
                    Effects(r, ref states);
                }
                return [];
            case BlockStmt block:
                return Block(block.List, states);
            case LabeledStmt labeled:
                _pendingLabel = labeled.Label.Name;
                return Stmt(labeled.Stmt, states);
            case IfStmt ifs:
                return If(ifs, states);
            case ForStmt loop:
                return For(loop, states);
            case RangeStmt range:
                return Range(range, states);
            case SwitchStmt sw:
                return Switch(sw.Init, sw.Tag is null ? null : new ExprStmt(sw.Tag.Pos, sw.Tag.End, sw.Tag), sw.Body, states);
            case TypeSwitchStmt ts:
                return Switch(ts.Init, ts.Assign, ts.Body, states);
            case SelectStmt sel:
                return Select(sel, states);
            case BranchStmt br:
                return Branch(br, states);
            default:
                return states;
        }
    }

    private List<PathState> ApplyLock(LockCall lc, List<PathState> states)
    {
        var next = new List<PathState>(states.Count);
        foreach (var state in states)
        {
            var held = state.Locks.GetValueOrDefault(lc.Mutex);
            switch (lc.Op)
            {
                case LockOp.Lock when held is not null:
                case LockOp.RLock when held is { Mode: HoldMode.Write }:
                    if (!state.Imprecise)
                    {
                        _conflicts.Add(new LockConflict(lc, held));
                    }
                    break; // this path blocks here for good
                case LockOp.Lock:
                    next.Add(state with { Locks = state.Locks.SetItem(lc.Mutex, new Held(HoldMode.Write, lc, null)) });
                    break;
                case LockOp.RLock:
                    next.Add(held is null ? state with { Locks = state.Locks.SetItem(lc.Mutex, new Held(HoldMode.Read, lc, null)) } : state);
                    break;
                default: // Unlock, RUnlock, TryLock: afterwards the lock is not surely held
                    next.Add(state with { Locks = state.Locks.Remove(lc.Mutex) });
                    break;
            }
        }
        return next;
    }

    private List<PathState> If(IfStmt ifs, List<PathState> states)
    {
        if (ifs.Init is not null)
        {
            states = Stmt(ifs.Init, states);
        }
        Effects(ifs.Cond, ref states);
        var (fact, positive) = ConditionFact(ifs.Cond);
        var thenStates = new List<PathState>();
        var elseStates = new List<PathState>();
        foreach (var state in states)
        {
            if (fact is null)
            {
                thenStates.Add(state);
                elseStates.Add(state);
            }
            else if (state.Facts.TryGetValue(fact, out var known))
            {
                (known == positive ? thenStates : elseStates).Add(state);
            }
            else
            {
                var imprecise = state.Imprecise || state.Volatile.Contains(fact);
                thenStates.Add(state with { Facts = state.Facts.SetItem(fact, positive), Imprecise = imprecise });
                elseStates.Add(state with { Facts = state.Facts.SetItem(fact, !positive), Imprecise = imprecise });
            }
        }
        var result = Block(ifs.Body.List, Normalize(thenStates));
        var otherwise = ifs.Else is null ? elseStates : Stmt(ifs.Else, Normalize(elseStates));
        return [.. result, .. otherwise];
    }

    /// <summary>A condition that is a boolean variable or field (possibly negated) becomes a fact paths remember.</summary>
    private (Chain? Fact, bool Positive) ConditionFact(Expr cond)
    {
        var positive = true;
        for (var i = 0; i < 16; i++)
        {
            switch (cond)
            {
                case ParenExpr p:
                    cond = p.X;
                    continue;
                case UnaryExpr { Op: Token.Not } not:
                    positive = !positive;
                    cond = not.X;
                    continue;
            }
            break;
        }
        if (cond is not (Ident or SelectorExpr) || Info.TypeOf(cond).Underlying is not BasicType)
        {
            return (null, true);
        }
        var chain = Chains.Of(cond, Info);
        return chain is not null && _fn.CanTrack(chain) ? (chain, positive) : (null, true);
    }

    private List<PathState> For(ForStmt loop, List<PathState> states)
    {
        var target = Push(loop, isLoop: true, isSwitch: false);
        if (loop.Init is not null)
        {
            states = Stmt(loop.Init, states);
        }
        if (loop.Cond is not null)
        {
            Effects(loop.Cond, ref states);
        }
        var end = Block(loop.Body.List, states);
        List<PathState> afterPass = [.. end, .. target.Continues];
        if (loop.Post is not null)
        {
            afterPass = Stmt(loop.Post, afterPass);
        }
        Pop(target);
        // Without a condition the loop is left only by break (or return, panic...).
        return loop.Cond is null ? [.. target.Breaks] : [.. states, .. afterPass, .. target.Breaks];
    }

    private List<PathState> Range(RangeStmt range, List<PathState> states)
    {
        var target = Push(range, isLoop: true, isSwitch: false);
        Effects(range.X, ref states);
        if (range.Key is not null)
        {
            Assigned(range.Key, ref states);
        }
        if (range.Value is not null)
        {
            Assigned(range.Value, ref states);
        }
        var end = Block(range.Body.List, states);
        Pop(target);
        return [.. states, .. end, .. target.Continues, .. target.Breaks];
    }

    private List<PathState> Switch(Stmt? init, Stmt? tag, BlockStmt body, List<PathState> states)
    {
        if (init is not null)
        {
            states = Stmt(init, states);
        }
        if (tag is not null)
        {
            states = Stmt(tag, states);
        }
        var target = Push(body, isLoop: false, isSwitch: true);
        var result = new List<PathState>();
        var hasDefault = false;
        foreach (var clause in body.List.OfType<CaseClause>())
        {
            hasDefault |= clause.IsDefault;
            var start = new List<PathState>(states);
            start.AddRange(target.Fallthroughs);
            target.Fallthroughs.Clear();
            foreach (var e in clause.List)
            {
                Effects(e, ref start);
            }
            result.AddRange(Block(clause.Body, Normalize(start)));
        }
        Pop(target);
        if (!hasDefault)
        {
            result.AddRange(states);
        }
        result.AddRange(target.Breaks);
        return result;
    }

    private List<PathState> Select(SelectStmt sel, List<PathState> states)
    {
        var target = Push(sel, isLoop: false, isSwitch: false);
        var result = new List<PathState>();
        foreach (var clause in sel.Body.List.OfType<CommClause>())
        {
            var start = clause.Comm is null ? states : Stmt(clause.Comm, states);
            result.AddRange(Block(clause.Body, start));
        }
        Pop(target);
        result.AddRange(target.Breaks);
        return result;
    }

    private List<PathState> Branch(BranchStmt br, List<PathState> states)
    {
        var label = br.Label?.Name;
        switch (br.Tok)
        {
            case Token.Break when Find(label, t => true) is { } exited:
                exited.Breaks.AddRange(states.Select(s => exited.IsLoop ? s.LeaveLoop(br, exited.Statement) : s));
                return [];
            case Token.Continue when Find(label, t => t.IsLoop) is { } loop:
                loop.Continues.AddRange(states.Select(s => s.LeaveLoop(br, loop.Statement)));
                return [];
            case Token.Fallthrough:
                Find(null, t => t.IsSwitch)?.Fallthroughs.AddRange(states);
                return [];
            default:
                return [];
        }
    }

    private JumpTarget Push(Node statement, bool isLoop, bool isSwitch)
    {
        var target = new JumpTarget(statement, _pendingLabel, isLoop, isSwitch);
        _pendingLabel = null;
        _targets.Add(target);
        return target;
    }

    private void Pop(JumpTarget target) => _targets.Remove(target);

    private JumpTarget? Find(string? label, Func<JumpTarget, bool> fits)
    {
        for (var i = _targets.Count - 1; i >= 0; i--)
        {
            var t = _targets[i];
            if (label is null ? fits(t) : t.Label == label)
            {
                return t;
            }
        }
        return null;
    }

    /// <summary>Writing a variable or field forgets what was known about it and below it.</summary>
    private void Assigned(Expr lhs, ref List<PathState> states)
    {
        Effects(lhs, ref states);
        if (Chains.Of(lhs, Info) is { } chain)
        {
            states = [.. states.Select(s => s.Forget(k => k.IsUnder(chain)))];
        }
    }

    /// <summary>
    /// The calls in <paramref name="e"/> (not inside function literals): a call on a chain may
    /// lock or unlock anything reachable from its root; a call into the program's own code (or
    /// code Strand cannot resolve) may touch any global; a nested Lock call leaves its mutex unknown.
    /// </summary>
    private void Effects(Expr e, ref List<PathState> states)
    {
        var calls = new List<CallExpr>();
        AstWalker.Inspect(e, n =>
        {
            if (n is FuncLit)
            {
                return false;
            }
            if (n is CallExpr c)
            {
                calls.Add(c);
            }
            return true;
        });
        foreach (var call in calls)
        {
            if (SyncCalls.AsLockCall(call, Info) is { } lc)
            {
                states = [.. states.Select(s => s.Forget(k => k.Equals(lc.Mutex)))];
                continue;
            }
            var target = Info.ResolveCall(call);
            if (target is CallTarget.Builtin or CallTarget.Conversion)
            {
                continue;
            }
            if (call.Fun is SelectorExpr sel && Chains.Of(sel.X, Info) is { } receiver)
            {
                states = [.. states.Select(s => s.Forget(k => ReferenceEquals(k.Root, receiver.Root)))];
            }
            if (MayReachProgramCode(call, target))
            {
                states = [.. states.Select(s => s.Forget(k => k.Root.Kind == VarKind.Global))];
            }
        }
    }

    private bool MayReachProgramCode(CallExpr call, CallTarget target) => target switch
    {
        CallTarget.StaticFunction f => IsProgramFunction(f.Function),
        CallTarget.Method m => IsProgramFunction(m.Function),
        CallTarget.InterfaceMethod i => i.Open || i.Candidates.Any(IsProgramFunction),
        CallTarget.Unknown => !(call.Fun is SelectorExpr { X: Ident pkg } && Info.SymbolOf(pkg) is PackageSymbol),
        _ => true,
    };

    private static bool IsProgramFunction(FuncSymbol f) => f.Package is not { IsStub: true } && f.StdPath is null;

    private static List<PathState> Normalize(List<PathState> states)
    {
        if (states.Count <= 1)
        {
            return states;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<PathState>(Math.Min(states.Count, MaxPaths));
        foreach (var s in states)
        {
            if (seen.Add(s.Signature()))
            {
                result.Add(s);
                if (result.Count == MaxPaths)
                {
                    break;
                }
            }
        }
        return result;
    }
}
