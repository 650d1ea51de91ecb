using System.Collections.Immutable;
using Strand.Model.Ir;
using Strand.Syntax.Tokens;

namespace Strand.Analysis.Exploration;

/// <summary>
/// sync/atomic on integers and flags: Load, Store, Add, Swap and CompareAndSwap on a variable or
/// field the model follows. A flag set once by CompareAndSwap (the "only the first Close does the
/// work" idiom) then guards its code exactly, instead of letting every caller take either branch.
/// </summary>
internal sealed partial class Interpreter
{
    private const string AtomicPrefix = "sync/atomic.";

    /// <summary>Performs an atomic call on a followed location; false when the call is not one (the caller goes on as before).</summary>
    private bool TryAtomicCall(State s, Frame f, CallInstr call, List<Value> args)
    {
        if (call.Callee is not Callee.Std std || AtomicOn(s, f, std, call.Args, args, null) is not { } r)
        {
            return false;
        }
        AssignResults(s, f, call.Results, call.Results.Length == 1 ? [r] : []);
        f.Pc = call.Next[0];
        return true;
    }

    /// <summary>A deferred atomic call (defer atomic.StoreInt32(&amp;x, 0)): its address is found again in the defer statement.</summary>
    private bool TryDeferredAtomic(State s, Frame f, DeferredCall d)
    {
        if (d.Callee is not Callee.Std std || !std.Path.StartsWith(AtomicPrefix, StringComparison.Ordinal))
        {
            return false;
        }
        var instr = f.Fn.Code.OfType<DeferInstr>().FirstOrDefault(x => ReferenceEquals(x.Site, d.Site));
        return AtomicOn(s, f, std, instr?.Args ?? [], [.. d.Args], std.Receiver is null ? null : d.Target) is not null;
    }

    /// <summary>The result of an atomic operation on the location it names, or null when it names none Strand follows.</summary>
    private Value? AtomicOn(State s, Frame f, Callee.Std std, ImmutableArray<MExpr> argExprs, List<Value> args, Value? receiver)
    {
        if (!std.Path.StartsWith(AtomicPrefix, StringComparison.Ordinal))
        {
            return null;
        }
        var name = std.Path[AtomicPrefix.Length..];
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
        {
            // function form: the first argument is the address (&x or &o.f, lowered to the location itself)
            var op = OpOf(name);
            return op is null || argExprs.IsEmpty || LocationOf(argExprs[0]) is not { } loc
                ? null
                : Atomic(op, args.Skip(1).ToList(), () => LoadAtomic(s, f, argExprs[0]), v => Store(s, f, loc, v));
        }
        // method form on atomic.Int32/Int64/Uint32/Uint64/Bool: the value lives in the receiver's field v
        var type = name[..dot];
        var mop = OpOf(name[(dot + 1)..]);
        var recv = receiver ?? (std.Receiver is null ? Value.Unknown : Eval(s, f, std.Receiver));
        return mop is null || type is not ("Int32" or "Int64" or "Uint32" or "Uint64" or "Bool") || s.Get<StructObj>(recv) is not { } o
            ? null
            : Atomic(mop, args, () => o.Open ? Value.Unknown : o.Fields.TryGetValue("v", out var v) ? v : type == "Bool" ? Value.False : Value.Int(0), v =>
            {
                ForgetField(s, "v");
                o.Fields["v"] = v;
            });
    }

    private static string? OpOf(string name)
    {
        foreach (var op in new[] { "CompareAndSwap", "Load", "Store", "Add", "Swap" })
        {
            if (name.StartsWith(op, StringComparison.Ordinal) && name[op.Length..] is "" or "Int32" or "Int64" or "Uint32" or "Uint64" or "Uintptr")
            {
                return op;
            }
        }
        return null;
    }

    /// <summary>The operation's result (Store: unknown, unused).</summary>
    private static Value Atomic(string op, List<Value> args, Func<Value> load, Action<Value> store)
    {
        var cur = load();
        switch (op)
        {
            case "Load":
                return cur;
            case "Store" when args.Count == 1:
                store(args[0]);
                return Value.Unknown;
            case "Add" when args.Count == 1:
            {
                var sum = Binary(Token.Add, cur, args[0]);
                store(sum);
                return sum;
            }
            case "Swap" when args.Count == 1:
                store(args[0]);
                return cur;
            case "CompareAndSwap" when args.Count == 2:
                switch (Equal(cur, args[0]))
                {
                    case true:
                        store(args[1]);
                        return Value.True;
                    case false:
                        return Value.False;
                    default:
                        store(Value.Unknown); // either old or new now: not followed any more
                        return Value.Unknown;
                }
            default:
                store(Value.Unknown);
                return Value.Unknown;
        }
    }

    /// <summary>The location an address operand names: a local variable or a field of a followed object.</summary>
    private static LValue? LocationOf(MExpr address) => address switch
    {
        MVar v => new LVar(v.Var),
        MField fe => new LField(fe.X, fe.Name),
        _ => null,
    };

    /// <summary>Reads the location; a field of an object that escaped may be changed by code Strand does not see.</summary>
    private Value LoadAtomic(State s, Frame f, MExpr address)
    {
        if (address is MField fe && s.Get<StructObj>(Eval(s, f, fe.X)) is { Open: true })
        {
            return Value.Unknown;
        }
        return Eval(s, f, address);
    }
}
