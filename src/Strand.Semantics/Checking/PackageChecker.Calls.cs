using System.Collections.Immutable;
using Strand.Syntax.Ast;

namespace Strand.Semantics;

internal sealed partial class PackageChecker
{
    private Operand CheckCall(CallExpr call, Scope scope)
    {
        var fun = Check(call.Fun, scope);
        var funExpr = Unparen(call.Fun);
        switch (fun.Mode)
        {
            case Mode.Type:
            {
                ConstValue? arg = null;
                foreach (var a in call.Args)
                {
                    arg = Check(a, scope, fun.Type).Value;
                }
                RecordCall(call, new CallTarget.Conversion(fun.Type));
                var v = call.Args.Length == 1 ? ConstFolder.Convert(arg, fun.Type) : null;
                return new Operand(v is null ? Mode.Value : Mode.Const, fun.Type, v);
            }
            case Mode.Builtin:
                RecordCall(call, new CallTarget.Builtin(fun.Symbol!.Name));
                return CheckBuiltin(fun.Symbol!.Name, call, scope);
        }

        var sig = fun.Type.Underlying as SignatureType;
        var argTypes = new List<GoType>(call.Args.Length);
        for (var i = 0; i < call.Args.Length; i++)
        {
            GoType? hint = null;
            if (sig is not null && sig.TypeParams.IsEmpty)
            {
                hint = ParamType(sig, i);
            }
            var a = Check(call.Args[i], scope, hint);
            if (call.Args.Length == 1 && a.Type is TupleType tt)
            {
                argTypes.AddRange(tt.Types);
            }
            else
            {
                argTypes.Add(a.Type);
            }
        }

        if (sig is not null && !sig.TypeParams.IsEmpty)
        {
            sig = Infer(sig, argTypes, call.HasEllipsis);
        }
        RecordCall(call, TargetOf(call, funExpr, fun));
        if (sig is null)
        {
            return Operand.Invalid;
        }
        return sig.Results.Length == 0 ? new Operand(Mode.NoValue, TupleType.Empty) : Operand.Of(sig.ResultType);
    }

    private static Expr Unparen(Expr e)
    {
        while (e is ParenExpr p)
        {
            e = p.X;
        }
        return e;
    }

    private static GoType? ParamType(SignatureType sig, int i)
    {
        if (sig.Params.Length == 0)
        {
            return null;
        }
        if (sig.Variadic && i >= sig.Params.Length - 1)
        {
            return sig.Params[^1] is SliceType s ? s.Elem : null;
        }
        return i < sig.Params.Length ? sig.Params[i] : null;
    }

    private void RecordCall(CallExpr call, CallTarget target)
    {
        if (_noRecord == 0)
        {
            _t.Calls[call] = target;
        }
    }

    /// <summary>Classifies the callee: declared function, concrete method, interface method, function value.</summary>
    private CallTarget TargetOf(CallExpr call, Expr funExpr, in Operand fun)
    {
        // Strip explicit instantiation f[T](...) down to f.
        var callee = funExpr;
        if (callee is IndexExpr ix && fun.Symbol is FuncSymbol)
        {
            callee = Unparen(ix.X);
        }
        else if (callee is IndexListExpr il)
        {
            callee = Unparen(il.X);
        }

        if (fun.Symbol is FuncSymbol f)
        {
            if (callee is Ident)
            {
                return new CallTarget.StaticFunction(f);
            }
            if (callee is SelectorExpr sel)
            {
                var xExpr = Unparen(sel.X);
                if (xExpr is Ident pid && _t.Symbols.GetValueOrDefault(pid) is PackageSymbol)
                {
                    return new CallTarget.StaticFunction(f);
                }
                if (_t.TypeExprs.Contains(sel.X) || _t.TypeExprs.Contains(xExpr))
                {
                    return f.Interface is null ? new CallTarget.StaticFunction(f) : CallTarget.Unknown.Instance;
                }
                if (f.Interface is not null)
                {
                    var recvType = TypeOfRecordedExpr(sel.X);
                    var iface = recvType.Underlying as InterfaceType ?? f.Interface;
                    if (_noRecord == 0)
                    {
                        _unit.InterfaceCalls.Add(new PendingInterfaceCall(call, f.Name, iface, recvType, sel.X, _t.EmbeddedPaths.GetValueOrDefault(sel, [])));
                    }
                    return CallTarget.Unknown.Instance; // replaced once all packages are checked
                }
                return new CallTarget.Method(f, sel.X) { EmbeddedPath = _t.EmbeddedPaths.GetValueOrDefault(sel, []) };
            }
        }
        if (fun.Type.Underlying is SignatureType)
        {
            return new CallTarget.FuncValue(call.Fun);
        }
        return CallTarget.Unknown.Instance;
    }

    private GoType TypeOfRecordedExpr(Expr e)
    {
        if (_t.Types.TryGetValue(e, out var t))
        {
            return t;
        }
        if (e is ParenExpr p)
        {
            return TypeOfRecordedExpr(p.X);
        }
        if (e is Ident id && _t.Symbols.GetValueOrDefault(id) is { } s)
        {
            return s.Type;
        }
        return UnknownType.Instance;
    }

    /// <summary>Infers type arguments by unifying parameter types with argument types, then substitutes.</summary>
    private static SignatureType Infer(SignatureType sig, List<GoType> args, bool hasEllipsis)
    {
        var map = new Dictionary<TypeParamType, GoType>(ReferenceEqualityComparer.Instance);
        var tparams = new HashSet<TypeParamType>(sig.TypeParams, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < args.Count; i++)
        {
            GoType? p;
            if (sig.Variadic && i >= sig.Params.Length - 1)
            {
                p = hasEllipsis ? sig.Params[^1] : (sig.Params[^1] as SliceType)?.Elem;
            }
            else
            {
                p = i < sig.Params.Length ? sig.Params[i] : null;
            }
            if (p is not null)
            {
                Unify(p, args[i], map, tparams, 0);
            }
        }
        // Core types of constraints fill in what arguments did not (e.g. [S ~[]E, E any]).
        foreach (var tp in sig.TypeParams)
        {
            if (map.TryGetValue(tp, out var bound) && tp.CoreType is not null)
            {
                Unify(tp.CoreType, bound.Underlying, map, tparams, 0);
            }
        }
        var inst = (SignatureType)Substitution.Apply(new SignatureType(sig.Params, sig.Results, sig.Variadic), map);
        return inst;
    }

    private static void Unify(GoType p, GoType a, Dictionary<TypeParamType, GoType> map, HashSet<TypeParamType> tparams, int depth)
    {
        if (depth > 10 || a.IsUnknown)
        {
            return;
        }
        switch (p)
        {
            case TypeParamType tp when tparams.Contains(tp):
                if (!map.ContainsKey(tp) && a is not BasicType { Kind: BasicKind.UntypedNil })
                {
                    map[tp] = a is BasicType b ? b.Default : a;
                }
                return;
            case PointerType pp when a.Underlying is PointerType ap:
                Unify(pp.Elem, ap.Elem, map, tparams, depth + 1);
                return;
            case SliceType ps when a.Underlying is SliceType asl:
                Unify(ps.Elem, asl.Elem, map, tparams, depth + 1);
                return;
            case ArrayType pa when a.Underlying is ArrayType aa:
                Unify(pa.Elem, aa.Elem, map, tparams, depth + 1);
                return;
            case MapType pm when a.Underlying is MapType am:
                Unify(pm.Key, am.Key, map, tparams, depth + 1);
                Unify(pm.Value, am.Value, map, tparams, depth + 1);
                return;
            case ChanType pc when a.Underlying is ChanType ac:
                Unify(pc.Elem, ac.Elem, map, tparams, depth + 1);
                return;
            case SignatureType psig when a.Underlying is SignatureType asig:
                for (var i = 0; i < psig.Params.Length && i < asig.Params.Length; i++)
                {
                    Unify(psig.Params[i], asig.Params[i], map, tparams, depth + 1);
                }
                for (var i = 0; i < psig.Results.Length && i < asig.Results.Length; i++)
                {
                    Unify(psig.Results[i], asig.Results[i], map, tparams, depth + 1);
                }
                return;
            case NamedType pn when a is NamedType an && ReferenceEquals(pn.Origin, an.Origin):
                for (var i = 0; i < pn.TypeArgs.Length && i < an.TypeArgs.Length; i++)
                {
                    Unify(pn.TypeArgs[i], an.TypeArgs[i], map, tparams, depth + 1);
                }
                return;
        }
    }

    private Operand CheckBuiltin(string name, CallExpr call, Scope scope)
    {
        var args = call.Args;
        switch (name)
        {
            case "make":
            case "new":
            {
                if (args.IsEmpty)
                {
                    return Operand.Invalid;
                }
                var t = TypeExpr(args[0], scope);
                for (var i = 1; i < args.Length; i++)
                {
                    Check(args[i], scope);
                }
                return Operand.Of(name == "new" ? new PointerType(t) : t);
            }
            case "len":
            case "cap":
            {
                var ops = args.Select(a => Check(a, scope)).ToList();
                ConstValue? v = null;
                if (ops.Count == 1)
                {
                    var at = ops[0].Type.Underlying is PointerType { Elem.Underlying: ArrayType pa } ? pa : ops[0].Type.Underlying as ArrayType;
                    if (at?.Length is { } n && !ContainsCallOrReceive(args[0]))
                    {
                        v = ConstValue.OfInt(n);
                    }
                    else if (name == "len" && ops[0].Value is { Kind: ConstKind.String } sv)
                    {
                        v = ConstValue.OfInt(sv.Str!.Length);
                    }
                }
                return v is null ? Operand.Of(BasicType.Int) : new Operand(Mode.Const, BasicType.Int, v);
            }
            case "append":
            {
                var ops = args.Select((a, i) => Check(a, scope)).ToList();
                return Operand.Of(ops.Count > 0 ? ops[0].Type : UnknownType.Instance);
            }
            case "copy":
                foreach (var a in args)
                {
                    Check(a, scope);
                }
                return Operand.Of(BasicType.Int);
            case "recover":
                return Operand.Of(InterfaceType.Empty);
            case "complex":
            {
                var ops = args.Select(a => Check(a, scope)).ToList();
                return Operand.Of(ops.Count > 0 && ops[0].Type == BasicType.Float32 ? BasicType.Complex64 : BasicType.Complex128);
            }
            case "real":
            case "imag":
            {
                var ops = args.Select(a => Check(a, scope)).ToList();
                return Operand.Of(ops.Count > 0 && ops[0].Type == BasicType.Complex64 ? BasicType.Float32 : BasicType.Float64);
            }
            case "min":
            case "max":
            {
                var ops = args.Select(a => Check(a, scope)).ToList();
                if (ops.Count == 0)
                {
                    return Operand.Invalid;
                }
                var t = ops.Select(o => o.Type).Aggregate(BinaryResultType);
                ConstValue? v = null;
                if (ops.All(o => o.Value is not null))
                {
                    v = ops[0].Value;
                    foreach (var o in ops.Skip(1))
                    {
                        var less = ConstFolder.Binary(Strand.Syntax.Tokens.Token.Lss, o.Value, v, false);
                        if (less is null)
                        {
                            v = null;
                            break;
                        }
                        if (less.Bool == (name == "min"))
                        {
                            v = o.Value;
                        }
                    }
                }
                return new Operand(v is null ? Mode.Value : Mode.Const, t, v);
            }
            default: // close, delete, panic, print, println, clear
                foreach (var a in args)
                {
                    Check(a, scope);
                }
                return new Operand(Mode.NoValue, TupleType.Empty);
        }
    }

    private static bool ContainsCallOrReceive(Expr e) => e switch
    {
        CallExpr => true,
        UnaryExpr { Op: Strand.Syntax.Tokens.Token.Arrow } => true,
        ParenExpr p => ContainsCallOrReceive(p.X),
        SelectorExpr s => ContainsCallOrReceive(s.X),
        IndexExpr i => ContainsCallOrReceive(i.X) || ContainsCallOrReceive(i.Index),
        StarExpr st => ContainsCallOrReceive(st.X),
        _ => false,
    };
}
