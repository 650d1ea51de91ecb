using Strand.Semantics;
using Strand.Syntax.Ast;

namespace Strand.Analysis.Checks.Sync;

internal enum LockOp
{
    Lock,
    Unlock,
    RLock,
    RUnlock,
    TryLock,
}

/// <summary>
/// A call of a sync.Mutex / sync.RWMutex method on a chain: <c>c.mu.Lock()</c>. <see cref="Identity"/>
/// names the mutex across functions (a global, or a field of a named type), so that code that
/// unlocks a mutex it never locks (a hand-off) can be recognised program-wide.
/// </summary>
internal sealed record LockCall(CallExpr Call, LockOp Op, Chain Mutex, bool IsReadWrite, string Identity);

/// <summary>Recognises calls of the sync package's methods, whether Semantics resolved them or only typed the receiver.</summary>
internal static class SyncCalls
{
    public static LockCall? AsLockCall(CallExpr call, TypeInfo info)
    {
        if (call.Fun is not SelectorExpr sel)
        {
            return null;
        }
        LockOp? op = sel.Sel.Name switch
        {
            "Lock" => LockOp.Lock,
            "Unlock" => LockOp.Unlock,
            "RLock" => LockOp.RLock,
            "RUnlock" => LockOp.RUnlock,
            "TryLock" or "TryRLock" => LockOp.TryLock,
            _ => null,
        };
        if (op is null || ReceiverTypeName(call, sel, info) is not ("Mutex" or "RWMutex") || Chains.Of(sel.X, info) is not { } chain)
        {
            return null;
        }
        var typeName = ReceiverTypeName(call, sel, info)!;
        var own = info.TypeOf(sel.X);
        var identity = IdentityOf(sel.X, info);
        if (!WellKnown.IsMutex(own) && !WellKnown.IsRWMutex(own))
        {
            chain = chain.Extend(typeName); // an embedded mutex, reached by promotion
            identity = TypeKey(own) + "." + typeName;
        }
        return new LockCall(call, op.Value, chain, typeName == "RWMutex", identity);
    }

    /// <summary>The program-wide name of the mutex <paramref name="x"/> denotes (see <see cref="LockCall.Identity"/>).</summary>
    public static string IdentityOf(Expr x, TypeInfo info)
    {
        x = Chains.Strip(x);
        if (x is SelectorExpr { X: Ident pkg } qualified && info.SymbolOf(pkg) is PackageSymbol)
        {
            x = qualified.Sel;
        }
        return x switch
        {
            Ident id when info.SymbolOf(id) is { } sym => $"var:{sym.File?.Path}:{sym.DeclIdent?.Pos}:{id.Name}",
            SelectorExpr sel => $"field:{TypeKey(info.TypeOf(sel.X))}.{sel.Sel.Name}",
            _ => "?",
        };
    }

    private static string TypeKey(GoType t)
    {
        for (var i = 0; i < 4 && t is PointerType p; i++)
        {
            t = p.Elem;
        }
        return t is NamedType n ? $"{n.PkgPath}.{n.Name}" : "?";
    }

    /// <summary>The WaitGroup chain when <paramref name="call"/> is <c>wg.&lt;method&gt;(...)</c>.</summary>
    public static Chain? WaitGroupCall(CallExpr call, string method, TypeInfo info)
    {
        if (call.Fun is not SelectorExpr sel || sel.Sel.Name != method || ReceiverTypeName(call, sel, info) != "WaitGroup")
        {
            return null;
        }
        var chain = Chains.Of(sel.X, info);
        if (chain is not null && !WellKnown.IsWaitGroup(info.TypeOf(sel.X)))
        {
            chain = chain.Extend("WaitGroup");
        }
        return chain;
    }

    /// <summary>The sync type that declares the called method (Mutex, RWMutex, WaitGroup...), or null.</summary>
    private static string? ReceiverTypeName(CallExpr call, SelectorExpr sel, TypeInfo info)
    {
        if (info.ResolveCall(call) is CallTarget.Method { Function.Receiver: { PkgPath: "sync" } receiver })
        {
            return receiver.Name;
        }
        var t = info.TypeOf(sel.X);
        foreach (var name in (ReadOnlySpan<string>)["Mutex", "RWMutex", "WaitGroup"])
        {
            if (WellKnown.IsNamed(t, "sync", name))
            {
                return name;
            }
        }
        return null;
    }
}
