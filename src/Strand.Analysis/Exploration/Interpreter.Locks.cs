using Strand.Model.Ir;
using Strand.Semantics;
using Strand.Syntax.Ast;

namespace Strand.Analysis.Exploration;

/// <summary>A lock operation of sync.Mutex / sync.RWMutex.</summary>
public enum MutexOp
{
    None,
    Lock,
    RLock,
    TryLock,
    TryRLock,
    Unlock,
    RUnlock,
}

/// <summary>
/// sync.Mutex and sync.RWMutex: Lock, RLock and the Try forms are visible operations (others
/// may take the lock first); Unlock and RUnlock run as local steps (releasing commutes with
/// what other goroutines do until this one's next visible operation). The mutex is found
/// through pointers, struct fields, embedding and method values; one the model cannot follow
/// never blocks.
/// </summary>
internal sealed partial class Interpreter
{
    public static MutexOp LockOpOf(string? path) => path switch
    {
        "sync.Mutex.Lock" or "sync.RWMutex.Lock" => MutexOp.Lock,
        "sync.RWMutex.RLock" => MutexOp.RLock,
        "sync.Mutex.TryLock" or "sync.RWMutex.TryLock" => MutexOp.TryLock,
        "sync.RWMutex.TryRLock" => MutexOp.TryRLock,
        "sync.Mutex.Unlock" or "sync.RWMutex.Unlock" => MutexOp.Unlock,
        "sync.RWMutex.RUnlock" => MutexOp.RUnlock,
        _ => MutexOp.None,
    };

    private static bool IsAcquire(MutexOp op) => op is MutexOp.Lock or MutexOp.RLock or MutexOp.TryLock or MutexOp.TryRLock;

    /// <summary>The lock operation a callee performs and the mutex value it acts on (Unknown when not followed).</summary>
    public (MutexOp Op, Value Mutex) LockCallOf(State s, Frame f, Callee callee, bool probe)
    {
        switch (callee)
        {
            case Callee.Std std when LockOpOf(std.Path) is var op and not MutexOp.None:
            {
                var recv = std.Receiver is null ? Value.Unknown : probe ? Probe(s, f, std.Receiver) : Eval(s, f, std.Receiver);
                return (op, MutexIn(s, recv, std.Path.StartsWith("sync.RW", StringComparison.Ordinal), probe));
            }
            case Callee.Value v:
            {
                var fn = probe ? Probe(s, f, v.Function) : Eval(s, f, v.Function);
                return BoundLock(s, fn, probe);
            }
            case Callee.Interface locker:
                return LockerCallOf(s, f, locker, probe);
            default:
                return (MutexOp.None, Value.Unknown);
        }
    }

    /// <summary>A method value <c>mu.Lock</c> bound to a mutex (or a struct embedding one).</summary>
    private (MutexOp, Value) BoundLock(State s, Value fn, bool probe)
    {
        if (fn.Kind != ValueKind.Bound || fn.Code is not FuncSymbol fs || LockOpOf(fs.StdPath) is not (var op and not MutexOp.None))
        {
            return (MutexOp.None, Value.Unknown);
        }
        var recv = fn.N == 0 ? Value.Unknown : Value.Ref((int)fn.N);
        return (op, MutexIn(s, recv, fs.StdPath!.StartsWith("sync.RW", StringComparison.Ordinal), probe));
    }

    /// <summary>The mutex a receiver denotes: itself, or a mutex embedded in a struct (promoted Lock).</summary>
    private Value MutexIn(State s, Value recv, bool readWrite, bool probe, int depth = 0)
    {
        if (s.Get<MutexObj>(recv) is not null)
        {
            return recv;
        }
        if (depth > 2 || s.Get<StructObj>(recv) is not { } o)
        {
            return Value.Unknown;
        }
        var st = o.Type.Underlying as Semantics.StructType ?? (o.Type is PointerType p ? p.Elem.Underlying as Semantics.StructType : null);
        if (st is null)
        {
            return Value.Unknown;
        }
        foreach (var field in st.Fields.Where(fl => fl.Embedded))
        {
            var isMutex = readWrite ? WellKnown.IsRWMutex(field.Type) : WellKnown.IsMutex(field.Type);
            if (isMutex || field.Type.Underlying is Semantics.StructType)
            {
                var inner = probe ? ProbeField(s, recv, field.Name, field.Type) : Field(s, recv, field.Name, field.Type);
                var found = isMutex ? inner : MutexIn(s, inner, readWrite, probe, depth + 1);
                if (found.Kind != ValueKind.Unknown)
                {
                    return found;
                }
            }
        }
        return Value.Unknown;
    }

    private Value ProbeField(State s, Value x, string name, GoType type)
    {
        _probe = true;
        try
        {
            return Field(s, x, name, type);
        }
        finally
        {
            _probe = false;
        }
    }

    /// <summary>A package-level mutex: one object per variable for the whole exploration. Other globals stay unknown.</summary>
    private Value GlobalMutex(State s, VarSymbol v)
    {
        if (_probe)
        {
            // probing must not change the state: a global not made yet is free
            return s.Globals.TryGetValue(GlobalKey(v), out var seen) ? seen : Value.Unknown;
        }
        if (SyncZeroOf(v.Type) is not null)
        {
            return GlobalSync(s, v);
        }
        if (MutexObj.ZeroOf(v.Type) is not { } fresh || v.Type is PointerType)
        {
            return Value.Unknown;
        }
        var key = GlobalKey(v);
        if (s.Globals.TryGetValue(key, out var existing))
        {
            return existing;
        }
        // an exported variable of a library package may be locked and unlocked by code Strand does not see
        var made = Value.Ref(s.Alloc(new MutexObj { ReadWrite = fresh.ReadWrite, Site = v.DeclIdent, Open = v.IsExported && v.Package is { Name: not "main" } }));
        s.Globals[key] = made;
        return made;
    }

    /// <summary>The key of a package-level variable in <see cref="State.Globals"/>: stable across runs (not an object id).</summary>
    internal static string GlobalKey(VarSymbol v) => $"{v.File?.Path}:{v.DeclIdent?.Pos}:{v.Name}";

    /// <summary>
    /// True for the lock calls that are visible operations: acquires (they may have to wait), and an
    /// Unlock of an RWMutex held only for reading, which Go turns into a fatal error: the goroutine
    /// stays there, blocked, so that the check can report it.
    /// </summary>
    private bool IsVisibleLockCall(State s, Frame f, CallInstr call)
    {
        var (op, mv) = LockCallOf(s, f, call.Callee, probe: true);
        if (IsAcquire(op))
        {
            return !(s.Goroutines.Count == 1 && FreeFor(s.Get<MutexObj>(mv), op));
        }
        return op == MutexOp.Unlock && s.Get<MutexObj>(mv) is { } m && IsBadUnlock(m);
    }

    /// <summary>The acquire would succeed now for a goroutine that is alone (no writer can be queued).</summary>
    private static bool FreeFor(MutexObj? m, MutexOp op) => m is null || op switch
    {
        MutexOp.Lock => m.CanLock,
        MutexOp.RLock => m.CanRLock(writerPending: false),
        _ => true,
    };

    /// <summary>
    /// A goroutine alone in the state takes a free lock as a local step: no other goroutine can
    /// take it first, so pausing there would only add states. (Alone and not free, it pauses: a
    /// visible operation that never becomes enabled.)
    /// </summary>
    private bool TryLocalAcquire(State s, Goroutine g, Frame f, CallInstr call)
    {
        if (s.Goroutines.Count != 1)
        {
            return false;
        }
        var (op, mv) = LockCallOf(s, f, call.Callee, probe: true);
        return IsAcquire(op) && FreeFor(s.Get<MutexObj>(mv), op) && PerformLock(s, g, f, call);
    }

    private static bool IsBadUnlock(MutexObj m) => !m.Open && m.ReadWrite && m.Writer is null && m.Readers.Count > 0;

    /// <summary>Whether goroutine g, paused at a lock call, can take it now (calls that are not lock calls are always enabled).</summary>
    private bool LockEnabled(State s, Goroutine g, Frame f, CallInstr call)
    {
        var (op, mv) = LockCallOf(s, f, call.Callee, probe: true);
        if (s.Get<MutexObj>(mv) is not { } m)
        {
            return true;
        }
        return op switch
        {
            MutexOp.Lock => m.CanLock,
            MutexOp.RLock => m.CanRLock(WriterPending(s, mv.Id, g.Id)),
            MutexOp.Unlock => !IsBadUnlock(m),
            _ => true,
        };
    }

    /// <summary>Another goroutine waits in Lock on this mutex: Go keeps new readers out until it gets it.</summary>
    public bool WriterPending(State s, int mutexId, int except)
    {
        if (s.Get<MutexObj>(mutexId) is not { } m || m.CanLock)
        {
            return false;
        }
        foreach (var h in s.Goroutines)
        {
            if (h.Id != except && BlockedLock(s, h) is ({ } id, MutexOp.Lock) && id == mutexId)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The mutex (object id) and operation a goroutine is paused at, or (null, None).</summary>
    public (int? Mutex, MutexOp Op) BlockedLock(State s, Goroutine g)
    {
        if (g.Top is not { Returning: false, Calling: false } f || f.Fn.Code[f.Pc] is not CallInstr call)
        {
            return (null, MutexOp.None);
        }
        var (op, mv) = LockCallOf(s, f, call.Callee, probe: true);
        return IsAcquire(op) && s.Get<MutexObj>(mv) is not null ? (mv.Id, op) : (null, op);
    }

    /// <summary>
    /// The deferred call g's returning frame runs next, when it is an Unlock of an RWMutex held
    /// only for reading: Go's fatal error. The goroutine stays there (no move), so it is reported.
    /// </summary>
    public (DeferredCall Call, MutexObj Mutex)? DeferredBadUnlock(State s, Goroutine g)
    {
        if (g.Top is not { Returning: true } f || f.Defers.Count == 0)
        {
            return null;
        }
        var d = f.Defers[^1];
        var (op, mv) = d.Callee switch
        {
            Callee.Std std when LockOpOf(std.Path) == MutexOp.Unlock => (MutexOp.Unlock, MutexIn(s, d.Target, std.Path.StartsWith("sync.RW", StringComparison.Ordinal), probe: true)),
            Callee.Value => BoundLockProbe(s, d.Target),
            _ => (MutexOp.None, Value.Unknown),
        };
        return op == MutexOp.Unlock && s.Get<MutexObj>(mv) is { } m && IsBadUnlock(m) ? (d, m) : null;
    }

    private (MutexOp, Value) BoundLockProbe(State s, Value fn)
    {
        _probe = true;
        try
        {
            return BoundLock(s, fn, probe: true);
        }
        finally
        {
            _probe = false;
        }
    }

    /// <summary>Performs a visible lock call of g (enabled); false when the call is not one.</summary>
    private bool PerformLock(State s, Goroutine g, Frame f, CallInstr call)
    {
        var (op, mv) = LockCallOf(s, f, call.Callee, probe: false);
        if (op is MutexOp.Unlock or MutexOp.RUnlock)
        {
            // paused here while it was an Unlock of a read lock; the mutex changed since
            Release(s, f, op, mv);
            AssignResults(s, f, call.Results, []);
            f.Pc = call.Next[0];
            return true;
        }
        if (!IsAcquire(op))
        {
            return false;
        }
        var m = s.Get<MutexObj>(mv);
        var result = Value.Unknown;
        switch (op)
        {
            case MutexOp.Lock:
                m?.Lock(g.Id, call.Site, f.Fn.File, g.Frames.Count);
                break;
            case MutexOp.RLock:
                m?.RLock(g.Id, call.Site, f.Fn.File, g.Frames.Count);
                break;
            case MutexOp.TryLock when m is not null:
                result = Value.Bool(m.CanLock);
                if (m.CanLock)
                {
                    m.Lock(g.Id, call.Site, f.Fn.File, g.Frames.Count);
                }
                break;
            case MutexOp.TryRLock when m is not null:
            {
                var ok = m.CanRLock(WriterPending(s, mv.Id, g.Id));
                result = Value.Bool(ok);
                if (ok)
                {
                    m.RLock(g.Id, call.Site, f.Fn.File, g.Frames.Count);
                }
                break;
            }
            default:
                break;
        }
        AssignResults(s, f, call.Results, op is MutexOp.TryLock or MutexOp.TryRLock ? [result] : []);
        f.Pc = call.Next[0];
        return true;
    }

    /// <summary>Runs an Unlock/RUnlock (called, deferred or through a method value) on the mutex value.</summary>
    private static void Release(State s, Frame f, MutexOp op, Value mv)
    {
        if (s.Get<MutexObj>(mv) is not { } m)
        {
            return;
        }
        var g = s.Goroutines.Find(x => x.Frames.Contains(f));
        if (op == MutexOp.RUnlock)
        {
            m.RUnlock(g?.Id ?? 0);
            return;
        }
        if (op != MutexOp.Unlock)
        {
            return;
        }
        if (IsBadUnlock(m))
        {
            return; // a deferred Unlock of a read lock: fatal in Go; the model leaves the read lock held
        }
        m.Unlock();
    }

    /// <summary>A std call that is a lock operation run as a local step (Unlock, RUnlock, or an acquire run by defer); false otherwise.</summary>
    private bool LocalLockCall(State s, Frame f, Callee callee, Value? target, Node site)
    {
        MutexOp op;
        Value mv;
        if (target is { } t && callee is Callee.Std std)
        {
            op = LockOpOf(std.Path);
            mv = op == MutexOp.None ? Value.Unknown : MutexIn(s, t, std.Path.StartsWith("sync.RW", StringComparison.Ordinal), probe: false);
        }
        else if (target is { } fnValue && callee is Callee.Value)
        {
            (op, mv) = BoundLock(s, fnValue, probe: false);
        }
        else if (target is { } lockerValue && callee is Callee.Interface { Name: "Lock" or "Unlock" } locker)
        {
            // c.L.Unlock() (sync.Locker) on the receiver evaluated when the call or defer was reached
            (op, mv) = s.Get<MutexObj>(lockerValue) is null ? (MutexOp.None, Value.Unknown) : (locker.Name == "Lock" ? MutexOp.Lock : MutexOp.Unlock, lockerValue);
        }
        else
        {
            (op, mv) = s.Goroutines.Find(x => x.Frames.Contains(f)) is not null ? LockCallOf(s, f, callee, probe: false) : (MutexOp.None, Value.Unknown);
        }
        switch (op)
        {
            case MutexOp.None:
                return false;
            case MutexOp.Unlock or MutexOp.RUnlock:
                Release(s, f, op, mv);
                return true;
            default:
            {
                // a deferred Lock: take it if free; otherwise the model gives up on this mutex
                if (s.Get<MutexObj>(mv) is { } m && s.Goroutines.Find(x => x.Frames.Contains(f)) is { } g)
                {
                    if (op is MutexOp.Lock or MutexOp.TryLock && m.CanLock)
                    {
                        m.Lock(g.Id, site, f.Fn.File);
                    }
                    else if (op is MutexOp.RLock or MutexOp.TryRLock && m.CanRLock(false))
                    {
                        m.RLock(g.Id, site, f.Fn.File);
                    }
                    else
                    {
                        m.Open = true;
                    }
                }
                return true;
            }
        }
    }

    /// <summary>Marks mutexes passed to code Strand does not see as open even when that code is "pure" (reflection may unlock them).</summary>
    private static void OpenMutexArgs(State s, IEnumerable<Value> args)
    {
        foreach (var a in args)
        {
            if (s.Get<MutexObj>(a) is { } m)
            {
                m.Open = true;
            }
        }
    }

    /// <summary>Locks held by g become open: g is the entry returning to its unknown caller, which may unlock them later.</summary>
    private static void OpenHeldBy(State s, int g)
    {
        foreach (var (id, o) in s.Heap)
        {
            if (o is MutexObj { Open: false } m && m.HoldOf(g) is not null)
            {
                s.Get<MutexObj>(id)!.Open = true;
            }
        }
    }

    /// <summary>g ended: its holds stay (nobody will release them) but belong to no live goroutine.</summary>
    private static void OrphanHolds(State s, int g)
    {
        foreach (var (id, o) in s.Heap)
        {
            if (o is MutexObj m && m.HoldOf(g) is not null) // only a mutex g holds changes: the others stay shared
            {
                s.Get<MutexObj>(id)!.Orphan(g);
            }
        }
    }
}
