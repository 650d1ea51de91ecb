using System.Collections.Immutable;
using Strand.Syntax.Ast;
using Strand.Syntax.Tokens;
using Ast = Strand.Syntax.Ast;

namespace Strand.Semantics;

internal sealed partial class PackageChecker
{
    /// <summary>Checks an expression, records its type/constant/symbols and returns it as an operand.</summary>
    private Operand Check(Expr e, Scope scope, GoType? hint = null)
    {
        if (_depth > MaxDepth)
        {
            return Operand.Invalid;
        }
        _depth++;
        Operand op;
        try
        {
            op = CheckCore(e, scope, hint);
        }
        finally
        {
            _depth--;
        }
        if (op.Mode != Mode.Invalid || op.Type.IsUnknown)
        {
            Record(e, op);
        }
        return op;
    }

    private Operand CheckCore(Expr e, Scope scope, GoType? hint)
    {
        switch (e)
        {
            case Ident id:
                return CheckIdent(id, scope);
            case BasicLit lit:
                var (lt, lv) = Literals.Of(lit);
                return new Operand(lv is null ? Mode.Value : Mode.Const, lt, lv);
            case ParenExpr p:
                return Check(p.X, scope, hint);
            case SelectorExpr sel:
                return CheckSelector(sel, scope);
            case CallExpr call:
                return CheckCall(call, scope);
            case CompositeLit cl:
                return Operand.Of(CheckCompositeLit(cl, scope, hint));
            case FuncLit fl:
                return Operand.Of(CheckFuncLit(fl, scope));
            case StarExpr star:
            {
                var x = Check(star.X, scope);
                if (x.IsType)
                {
                    return Operand.OfType(new PointerType(x.Type));
                }
                return Operand.Of(x.Type.Underlying is PointerType pt ? pt.Elem : UnknownType.Instance);
            }
            case UnaryExpr u:
                return CheckUnary(u, scope, hint);
            case BinaryExpr b:
                return CheckBinary(b, scope, hint);
            case IndexExpr ix:
                return CheckIndex(ix, scope);
            case IndexListExpr il:
                return CheckIndexList(il, scope);
            case SliceExpr sl:
            {
                var x = Check(sl.X, scope);
                CheckOpt(sl.Low, scope);
                CheckOpt(sl.High, scope);
                CheckOpt(sl.Max, scope);
                var u = x.Type.Underlying;
                GoType t = u switch
                {
                    BasicType { IsString: true } => x.Type is BasicType { IsUntyped: true } ? BasicType.String : x.Type,
                    ArrayType a => new SliceType(a.Elem),
                    PointerType { Elem.Underlying: ArrayType pa } => new SliceType(pa.Elem),
                    SliceType => x.Type,
                    _ => UnknownType.Instance,
                };
                return Operand.Of(t);
            }
            case TypeAssertExpr ta:
            {
                var x = Check(ta.X, scope);
                if (ta.Type is null)
                {
                    return Operand.Of(x.Type);
                }
                return Operand.Of(TypeExpr(ta.Type, scope));
            }
            case KeyValueExpr kv:
                Check(kv.Key, scope);
                Check(kv.Value, scope);
                return Operand.Invalid;
            case Ast.ArrayType or Ast.StructType or FuncType or Ast.InterfaceType or Ast.MapType or Ast.ChanType or Ellipsis:
                return Operand.OfType(TypeExpr(e, scope));
            default:
                return Operand.Invalid;
        }
    }

    private void CheckOpt(Expr? e, Scope scope)
    {
        if (e is not null)
        {
            Check(e, scope);
        }
    }

    private Operand CheckIdent(Ident id, Scope scope)
    {
        if (id.IsBlank)
        {
            return Operand.Invalid;
        }
        var sym = scope.LookupParent(id.Name);
        if (sym is null)
        {
            if (!_unit.DotImportsUnknown)
            {
                BindingError(id, "undefined: " + id.Name);
            }
            return Operand.Invalid;
        }
        RecordUse(id, sym);
        EnsureResolved(sym);
        switch (sym)
        {
            case TypeSymbol ts:
                return new Operand(Mode.Type, ts.Type, null, sym);
            case ConstSymbol cs:
                if (cs.Name == "iota" && cs.Package is null)
                {
                    return _iota is null ? Operand.Invalid : new Operand(Mode.Const, BasicType.UntypedInt, _iota);
                }
                return new Operand(cs.Value is null ? Mode.Value : Mode.Const, cs.Type, cs.Value, sym);
            case BuiltinSymbol:
                return new Operand(Mode.Builtin, UnknownType.Instance, null, sym);
            case PackageSymbol:
                return new Operand(Mode.Package, UnknownType.Instance, null, sym);
            default:
                return new Operand(Mode.Value, sym.Type, null, sym);
        }
    }

    private Operand CheckSelector(SelectorExpr sel, Scope scope)
    {
        if (sel.X is Ident pid && scope.LookupParent(pid.Name) is PackageSymbol ps)
        {
            RecordUse(pid, ps);
            if (ps.Imported is null)
            {
                return Operand.Invalid; // unknown package: member unknown
            }
            var member = PackageMember(ps.Imported, sel.Sel.Name);
            if (member is null || !member.IsExported)
            {
                if (!ps.Imported.IsStub)
                {
                    BindingError(sel.Sel, $"undefined: {pid.Name}.{sel.Sel.Name}");
                }
                return Operand.Invalid;
            }
            RecordUse(sel.Sel, member);
            var op = member switch
            {
                TypeSymbol ts => new Operand(Mode.Type, ts.Type, null, ts),
                ConstSymbol cs => new Operand(cs.Value is null ? Mode.Value : Mode.Const, cs.Type, cs.Value, cs),
                _ => new Operand(Mode.Value, member.Type, null, member),
            };
            return op;
        }

        var x = Check(sel.X, scope);
        if (x.Mode == Mode.Invalid || x.Type.IsUnknown)
        {
            return Operand.Invalid;
        }
        var selection = Lookup.FieldOrMethod(x.Type, sel.Sel.Name);
        if (selection is null)
        {
            if (!HasUnknownParts(x.Type) && _noRecord == 0)
            {
                var lc = _file.Lines.Position(sel.Sel.Pos);
                _unit.UnresolvedSelectors.Add(new LoadError(_file.Path, lc.Line, lc.Column, $"{x.Type} has no field or method {sel.Sel.Name}"));
            }
            return Operand.Invalid;
        }
        RecordUse(sel.Sel, selection.Symbol);
        if (!selection.Path.IsEmpty && _noRecord == 0)
        {
            _t.EmbeddedPaths[sel] = selection.Path;
        }
        if (x.IsType)
        {
            // Method expression T.M / (*T).M: the receiver becomes the first parameter.
            if (selection.IsMethod && selection.Type is SignatureType ms)
            {
                return Operand.Of(new SignatureType([x.Type, .. ms.Params], ms.Results, ms.Variadic));
            }
            return Operand.Invalid;
        }
        return new Operand(Mode.Value, selection.Type, null, selection.Symbol);
    }

    /// <summary>True when a type has unknown or open parts that make a failed lookup unsurprising.</summary>
    private static bool HasUnknownParts(GoType t)
    {
        var work = new Stack<(GoType, int)>();
        var seen = new HashSet<GoType>(ReferenceEqualityComparer.Instance);
        work.Push((t, 0));
        while (work.Count > 0)
        {
            var (x, d) = work.Pop();
            if (d > 12 || !seen.Add(x))
            {
                continue;
            }
            switch (x)
            {
                case UnknownType:
                    return true;
                case TypeParamType:
                    return true;
                case PointerType p:
                    work.Push((p.Elem, d + 1));
                    continue;
                case NamedType n when n.Underlying is UnknownType:
                    return true;
            }
            switch (x.Underlying)
            {
                case StructType st:
                    foreach (var f in st.Fields)
                    {
                        if (f.Embedded)
                        {
                            work.Push((f.Type, d + 1));
                        }
                    }
                    break;
                case InterfaceType it when it.IsOpen:
                    return true;
                case UnknownType:
                    return true;
            }
        }
        return false;
    }

    private Operand CheckUnary(UnaryExpr u, Scope scope, GoType? hint)
    {
        switch (u.Op)
        {
            case Token.And:
            {
                var inner = hint?.Underlying is PointerType hp ? hp.Elem : null;
                var x = Check(u.X, scope, inner);
                return Operand.Of(x.Mode == Mode.Invalid && x.Type.IsUnknown ? UnknownType.Instance : new PointerType(x.Type));
            }
            case Token.Arrow:
            {
                var x = Check(u.X, scope);
                return Operand.Of(x.Type.Underlying is ChanType ct ? ct.Elem : UnknownType.Instance);
            }
            case Token.Tilde:
                return Operand.OfType(ConstraintExpr(u, scope, out _));
            default:
            {
                var x = Check(u.X, scope);
                var t = u.Op == Token.Not && x.Type is not BasicType { IsBoolean: true } && !x.Type.IsUnknown ? x.Type : x.Type;
                var v = ConstFolder.Unary(u.Op, x.Value, x.Type);
                return new Operand(v is null ? Mode.Value : Mode.Const, t, v);
            }
        }
    }

    private Operand CheckBinary(BinaryExpr b, Scope scope, GoType? hint)
    {
        if (b.Op == Token.Or && hint is null && IsTypeTermish(b))
        {
            // A union in a constraint position that reached expression checking.
            return Operand.OfType(ConstraintExpr(b, scope, out _));
        }
        var x = Check(b.X, scope);
        var y = Check(b.Y, scope);
        GoType t;
        switch (b.Op)
        {
            case Token.Eql or Token.Neq or Token.Lss or Token.Leq or Token.Gtr or Token.Geq:
                t = BasicType.UntypedBool;
                break;
            case Token.LAnd or Token.LOr:
                t = x.Type is BasicType { IsUntyped: true } ? y.Type : x.Type;
                break;
            case Token.Shl or Token.Shr:
                t = x.Type;
                break;
            default:
                t = BinaryResultType(x.Type, y.Type);
                break;
        }
        var integer = t.Underlying is BasicType { IsInteger: true } || t.IsUnknown && x.Value?.Kind == ConstKind.Int && y.Value?.Kind == ConstKind.Int;
        var v = ConstFolder.Binary(b.Op, x.Value, y.Value, integer);
        if (v is not null && b.Op is Token.Shl or Token.Shr && x.Type == BasicType.UntypedFloat)
        {
            t = BasicType.UntypedInt;
        }
        return new Operand(v is null ? Mode.Value : Mode.Const, t, v);
    }

    private static bool IsTypeTermish(Expr e) => e switch
    {
        UnaryExpr { Op: Token.Tilde } => true,
        BinaryExpr { Op: Token.Or } bb => IsTypeTermish(bb.X) || IsTypeTermish(bb.Y),
        _ => false,
    };

    /// <summary>The type of an arithmetic result: the typed operand wins; two untyped give the "larger" untyped kind.</summary>
    private static GoType BinaryResultType(GoType x, GoType y)
    {
        if (x is BasicType { IsUntyped: true } bx)
        {
            if (y is BasicType { IsUntyped: true } by)
            {
                return bx.Kind >= by.Kind ? bx : by;
            }
            return y.IsUnknown ? x : y;
        }
        return x.IsUnknown && y is not BasicType { IsUntyped: true } ? y : x;
    }

    private Operand CheckIndex(IndexExpr ix, Scope scope)
    {
        var x = Check(ix.X, scope);
        if (x.IsType && x.Type is NamedType { TypeParams.IsEmpty: false } generic)
        {
            return Operand.OfType(Instantiation.Instantiate(generic, [TypeExpr(ix.Index, scope)]));
        }
        if (x.Type is SignatureType { TypeParams.IsEmpty: false } gsig && x.Symbol is FuncSymbol)
        {
            var targ = TypeExpr(ix.Index, scope);
            return new Operand(Mode.Value, InstantiateSignature(gsig, [targ]), null, x.Symbol);
        }
        var i = Check(ix.Index, scope);
        if (i.IsType)
        {
            return Operand.Invalid; // instantiation of something unknown
        }
        var u = x.Type.Underlying;
        GoType t = u switch
        {
            BasicType { IsString: true } => BasicType.Uint8,
            ArrayType a => a.Elem,
            PointerType { Elem.Underlying: ArrayType pa } => pa.Elem,
            SliceType s => s.Elem,
            MapType m => m.Value,
            _ => UnknownType.Instance,
        };
        return Operand.Of(t);
    }

    private Operand CheckIndexList(IndexListExpr il, Scope scope)
    {
        var x = Check(il.X, scope);
        var args = il.Indices.Select(a => TypeExpr(a, scope)).ToImmutableArray();
        if (x.IsType && x.Type is NamedType { TypeParams.IsEmpty: false } generic)
        {
            return Operand.OfType(Instantiation.Instantiate(generic, args));
        }
        if (x.Type is SignatureType { TypeParams.IsEmpty: false } gsig)
        {
            return new Operand(Mode.Value, InstantiateSignature(gsig, args), null, x.Symbol);
        }
        return Operand.Invalid;
    }

    private static SignatureType InstantiateSignature(SignatureType sig, ImmutableArray<GoType> args)
    {
        var map = Substitution.Map(sig.TypeParams, args);
        var inst = (SignatureType)Substitution.Apply(new SignatureType(sig.Params, sig.Results, sig.Variadic), map);
        // Type parameters not given explicitly stay for inference at the call.
        return sig.TypeParams.Length > args.Length ? new SignatureType(inst.Params, inst.Results, inst.Variadic) { TypeParams = sig.TypeParams[args.Length..] } : inst;
    }

    private GoType CheckCompositeLit(CompositeLit cl, Scope scope, GoType? hint)
    {
        GoType t;
        if (cl.Type is not null)
        {
            t = TypeExpr(cl.Type, scope);
        }
        else
        {
            t = hint ?? UnknownType.Instance;
            if (t.Underlying is PointerType hp)
            {
                t = hp.Elem; // &T elided in []*T{{...}}
            }
        }
        var u = t.Underlying;
        long maxIndex = -1;
        long index = 0;
        foreach (var elt in cl.Elts)
        {
            var value = elt;
            if (elt is KeyValueExpr kv)
            {
                value = kv.Value;
                if (u is StructType st && kv.Key is Ident fieldId)
                {
                    var field = st.Fields.FirstOrDefault(f => f.Name == fieldId.Name);
                    if (field?.Symbol is not null)
                    {
                        RecordUse(fieldId, field.Symbol);
                        Record(fieldId, new Operand(Mode.Value, field.Type, null, field.Symbol));
                    }
                }
                else if (u is MapType mt)
                {
                    Check(kv.Key, scope, mt.Key);
                }
                else if (u is StructType)
                {
                    // unknown field name
                }
                else if (kv.Key is Ident keyId && u is not ArrayType and not SliceType)
                {
                    // The literal's type is unknown: the key may be a field name or an expression.
                    if (scope.LookupParent(keyId.Name) is { } keySym)
                    {
                        RecordUse(keyId, keySym);
                    }
                }
                else
                {
                    var k = Check(kv.Key, scope);
                    if (k.Value?.AsLong() is { } kvIndex)
                    {
                        index = kvIndex;
                    }
                }
            }
            GoType? elemHint = u switch
            {
                ArrayType a => a.Elem,
                SliceType s => s.Elem,
                MapType m => m.Value,
                StructType st2 when elt is KeyValueExpr { Key: Ident fid } => st2.Fields.FirstOrDefault(f => f.Name == fid.Name)?.Type,
                _ => null,
            };
            Check(value, scope, elemHint);
            maxIndex = Math.Max(maxIndex, index);
            index++;
        }
        if (u is ArrayType { Length: null } open && cl.Type is Ast.ArrayType { Len: Ellipsis })
        {
            t = new ArrayType(open.Elem, maxIndex + 1);
            Record(cl.Type, Operand.OfType(t));
        }
        return t;
    }

    private GoType CheckFuncLit(FuncLit fl, Scope scope)
    {
        var fscope = new Scope(scope, ScopeKind.Function, fl);
        _t.Scopes[fl] = fscope;
        var sig = Signature(fl.Type, fscope, declare: true, owner: fl, kindOverride: null);
        Record(fl.Type, Operand.OfType(sig));
        var saved = _func;
        _func = new FuncContext(fl, sig, saved);
        try
        {
            CollectLabels(fl.Body);
            _t.Scopes[fl.Body] = fscope;
            StmtList(fl.Body.List, fscope);
        }
        finally
        {
            _func = saved;
        }
        return sig;
    }

    /// <summary>Splits a multi-valued expression into its component types (calls, comma-ok forms).</summary>
    private static ImmutableArray<GoType> TupleOf(Expr e, in Operand op, int wanted)
    {
        if (op.Type is TupleType tt)
        {
            return tt.Types;
        }
        var inner = e;
        while (inner is ParenExpr p)
        {
            inner = p.X;
        }
        if (wanted == 2 && inner is IndexExpr or TypeAssertExpr or UnaryExpr { Op: Token.Arrow })
        {
            return [Default(op.Type), BasicType.Bool];
        }
        if (op.Type.IsUnknown)
        {
            return [.. Enumerable.Repeat<GoType>(UnknownType.Instance, wanted)];
        }
        return [Default(op.Type)];
    }
}
