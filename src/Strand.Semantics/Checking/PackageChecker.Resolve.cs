using System.Collections.Immutable;
using Strand.Syntax.Ast;

namespace Strand.Semantics;

/// <summary>Lazy resolution of declared symbols: types, constants (with iota), variables, signatures.</summary>
internal sealed partial class PackageChecker
{
    // ---- Lazy resolution ----

    /// <summary>Resolves a package-level (or local) declared symbol's type and value once; a cycle leaves it Unknown.</summary>
    private void Resolve(Symbol sym)
    {
        if (!_decls.TryGetValue(sym, out var info) || !_resolving.Add(sym))
        {
            return;
        }
        _decls.Remove(sym);
        var (savedFile, savedOwner, savedIota, savedFunc) = (_file, _owner, _iota, _func);
        _file = info.File;
        _owner = info.Owner;
        if (info.FileScope.Kind == ScopeKind.File)
        {
            _func = null; // package-level declarations are outside any function
        }
        try
        {
            switch (sym)
            {
                case TypeSymbol ts:
                    ResolveTypeDecl(ts, (TypeSpec)info.Spec!, info.FileScope);
                    break;
                case ConstSymbol cs:
                    ResolveConst(cs, info);
                    break;
                case VarSymbol vs when info.Spec is ValueSpec spec:
                    // All names of the spec are resolved together (a, b = f()).
                    var siblings = _specVars.GetValueOrDefault(spec) ?? [vs];
                    foreach (var other in siblings)
                    {
                        if (!ReferenceEquals(other, vs))
                        {
                            _decls.Remove(other);
                            _resolving.Add(other);
                        }
                    }
                    ResolveVarSpec(spec, siblings, info.FileScope);
                    break;
                case FuncSymbol fs:
                    ResolveFuncSignature(fs, info.FileScope);
                    break;
            }
        }
        finally
        {
            (_file, _owner, _iota, _func) = (savedFile, savedOwner, savedIota, savedFunc);
        }
    }

    /// <summary>Makes sure a symbol met by an identifier is resolved before its type is used.</summary>
    private void EnsureResolved(Symbol sym)
    {
        if (_decls.ContainsKey(sym))
        {
            Resolve(sym);
        }
    }

    private void ResolveTypeDecl(TypeSymbol ts, TypeSpec spec, Scope scope)
    {
        if (spec.TypeParams is { List.IsEmpty: false } tparams && ts.Type is NamedType generic)
        {
            var tscope = new Scope(scope, ScopeKind.Block, spec);
            _t.Scopes[spec] = tscope;
            generic.TypeParams = DeclareTypeParams(tparams, tscope);
            scope = tscope;
        }
        var underlying = TypeExpr(spec.Type, scope);
        if (ts.IsAlias)
        {
            ts.Type = underlying;
            return;
        }
        var named = (NamedType)ts.Type;
        named.SetUnderlying(underlying);
        if ((_stubPath is not null || _twin?.Scope.Lookup(named.Name) is TypeSymbol { Type.Underlying: InterfaceType }) && underlying is InterfaceType iface)
        {
            foreach (var m in iface.Methods)
            {
                if (m.Symbol is { StdPath: null } ms && ReferenceEquals(ms.Interface, iface))
                {
                    ms.StdPath = $"{_pkgPath}.{named.Name}.{m.Name}";
                }
            }
        }
    }

    private ImmutableArray<TypeParamType> DeclareTypeParams(FieldList list, Scope scope)
    {
        var result = ImmutableArray.CreateBuilder<TypeParamType>();
        var pending = new List<(TypeParamType, Expr?)>();
        foreach (var field in list.List)
        {
            foreach (var id in field.Names)
            {
                var sym = new TypeSymbol(id.Name, _owner, id, _file);
                var tp = new TypeParamType(id.Name, result.Count, sym);
                sym.Type = tp;
                RecordDef(id, sym);
                Declare(scope, sym, id);
                result.Add(tp);
                pending.Add((tp, field.Type));
            }
        }
        // Constraints may mention any of the type parameters, so they are resolved after declaring all.
        foreach (var (tp, constraint) in pending)
        {
            if (constraint is null)
            {
                continue;
            }
            var c = ConstraintExpr(constraint, scope, out var core);
            tp.Constraint = c;
            tp.CoreType = core;
        }
        return result.ToImmutable();
    }

    private void ResolveConst(ConstSymbol cs, DeclInfo info)
    {
        _iota = ConstValue.OfInt(info.Iota);
        if (info.Index >= info.Values.Length)
        {
            cs.Type = info.Type is null ? UnknownType.Instance : TypeExpr(info.Type, info.FileScope);
            return;
        }
        if (info.Inherited)
        {
            _noRecord++;
        }
        try
        {
            var declared = info.Type is null ? null : info.Inherited ? TypeExprQuiet(info.Type, info.FileScope) : TypeExpr(info.Type, info.FileScope);
            var op = Check(info.Values[info.Index], info.FileScope);
            if (declared is not null)
            {
                cs.Type = declared;
                cs.Value = ConstFolder.Convert(op.Value, declared) ?? (declared.IsUnknown ? op.Value : null);
            }
            else
            {
                cs.Type = op.Type;
                cs.Value = op.Value;
            }
        }
        finally
        {
            if (info.Inherited)
            {
                _noRecord--;
            }
        }
    }

    private GoType TypeExprQuiet(Expr e, Scope scope)
    {
        _noRecord++;
        try
        {
            return TypeExpr(e, scope);
        }
        finally
        {
            _noRecord--;
        }
    }

    private void ResolveVarSpec(ValueSpec spec, List<VarSymbol> syms, Scope scope)
    {
        var declared = spec.Type is null ? null : TypeExpr(spec.Type, scope);
        var types = new GoType[syms.Count];
        if (spec.Values.Length == 1 && syms.Count > 1)
        {
            var op = Check(spec.Values[0], scope, declared);
            var tuple = TupleOf(spec.Values[0], op, syms.Count);
            for (var i = 0; i < types.Length; i++)
            {
                types[i] = i < tuple.Length ? tuple[i] : UnknownType.Instance;
            }
        }
        else
        {
            for (var i = 0; i < spec.Values.Length; i++)
            {
                var op = Check(spec.Values[i], scope, declared);
                if (i < types.Length)
                {
                    types[i] = Default(op.Type);
                }
            }
        }
        for (var i = 0; i < syms.Count; i++)
        {
            syms[i].Type = declared ?? types[i] ?? UnknownType.Instance;
        }
    }

    private void ResolveFuncSignature(FuncSymbol fs, Scope fileScope)
    {
        var decl = fs.Decl!;
        var scope = new Scope(fileScope, ScopeKind.Function, decl);
        _t.Scopes[decl] = scope;
        ImmutableArray<TypeParamType> tparams = [];
        if (decl.Recv is { List.IsEmpty: false } recv)
        {
            // Receiver type parameters (func (l *List[T]) ...) name the receiver type's own parameters.
            var rt = recv.List[0].Type;
            while (rt is ParenExpr or StarExpr)
            {
                rt = rt is ParenExpr p ? p.X : ((StarExpr)rt).X;
            }
            var rparams = rt switch
            {
                IndexExpr ix => [ix.Index],
                IndexListExpr il => il.Indices,
                _ => ImmutableArray<Expr>.Empty,
            };
            var origin = fs.Receiver?.Origin;
            for (var i = 0; i < rparams.Length; i++)
            {
                if (rparams[i] is Ident id && !id.IsBlank)
                {
                    var sym = new TypeSymbol(id.Name, _owner, id, _file);
                    sym.Type = origin is not null && i < origin.TypeParams.Length ? origin.TypeParams[i] : new TypeParamType(id.Name, i, sym);
                    RecordDef(id, sym);
                    Declare(scope, sym, id);
                }
            }
        }
        if (decl.Type.TypeParams is { List.IsEmpty: false } tp)
        {
            tparams = DeclareTypeParams(tp, scope);
        }
        var sig = Signature(decl.Type, scope, declare: true, owner: decl, kindOverride: null);
        if (!tparams.IsEmpty)
        {
            sig = new SignatureType(sig.Params, sig.Results, sig.Variadic) { TypeParams = tparams };
        }
        fs.Type = sig;
        if (decl.Recv is { List.IsEmpty: false } r && r.List[0].Type is { } recvType)
        {
            var rtype = TypeExpr(recvType, scope);
            DeclareParams(r, scope, decl, VarKind.Receiver, new Dictionary<Field, GoType>(ReferenceEqualityComparer.Instance) { [r.List[0]] = rtype });
        }
    }
}
