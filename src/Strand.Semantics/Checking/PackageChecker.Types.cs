using System.Collections.Immutable;
using Strand.Syntax.Ast;
using Strand.Syntax.Tokens;
using Ast = Strand.Syntax.Ast;

namespace Strand.Semantics;

internal sealed partial class PackageChecker
{
    /// <summary>Resolves a type expression; anything that is not a type gives Unknown.</summary>
    private GoType TypeExpr(Expr e, Scope scope)
    {
        if (_depth > MaxDepth)
        {
            return UnknownType.Instance;
        }
        _depth++;
        try
        {
            return TypeExprCore(e, scope);
        }
        finally
        {
            _depth--;
        }
    }

    private GoType TypeExprCore(Expr e, Scope scope)
    {
        GoType t;
        switch (e)
        {
            case Ident or SelectorExpr or IndexExpr or IndexListExpr or ParenExpr:
                var op = Check(e, scope);
                if (op.IsType)
                {
                    return op.Type;
                }
                if (op.Mode != Mode.Invalid && !op.Type.IsUnknown)
                {
                    BindingError(e, "not a type");
                }
                return UnknownType.Instance;
            case StarExpr star:
                t = new PointerType(TypeExpr(star.X, scope));
                break;
            case Ast.ArrayType at:
                var elem = TypeExpr(at.Elt, scope);
                if (at.Len is null)
                {
                    t = new SliceType(elem);
                }
                else if (at.Len is Ellipsis)
                {
                    t = new ArrayType(elem, null);
                }
                else
                {
                    t = new ArrayType(elem, Check(at.Len, scope).Value?.AsLong());
                }
                break;
            case Ast.MapType mt:
                t = new MapType(TypeExpr(mt.Key, scope), TypeExpr(mt.Value, scope));
                break;
            case Ast.ChanType ct:
                t = new ChanType(TypeExpr(ct.Value, scope), ct.Dir);
                break;
            case FuncType ft:
                var fscope = new Scope(scope, ScopeKind.Function, ft);
                t = Signature(ft, fscope, declare: false, owner: null, kindOverride: null);
                break;
            case Ast.StructType st:
                t = StructOf(st, scope);
                break;
            case Ast.InterfaceType it:
                t = InterfaceOf(it, scope);
                break;
            case Ellipsis el:
                t = new SliceType(el.Elt is null ? UnknownType.Instance : TypeExpr(el.Elt, scope));
                break;
            case UnaryExpr { Op: Token.Tilde } or BinaryExpr { Op: Token.Or }:
                t = ConstraintExpr(e, scope, out _);
                break;
            default:
                Check(e, scope);
                return UnknownType.Instance;
        }
        Record(e, Operand.OfType(t));
        return t;
    }

    /// <summary>A signature; with <paramref name="declare"/>, parameters and results become symbols of <paramref name="scope"/>.</summary>
    private SignatureType Signature(FuncType ft, Scope scope, bool declare, Node? owner, VarKind? kindOverride)
    {
        var variadic = false;
        var fieldTypes = new Dictionary<Field, GoType>(ReferenceEqualityComparer.Instance);
        var ps = ImmutableArray.CreateBuilder<GoType>();
        foreach (var field in ft.Params.List)
        {
            var t = field.Type is null ? UnknownType.Instance : TypeExpr(field.Type, scope);
            fieldTypes[field] = t;
            if (field.Type is Ellipsis)
            {
                variadic = true;
            }
            var n = Math.Max(1, field.Names.Length);
            for (var i = 0; i < n; i++)
            {
                ps.Add(t);
            }
        }
        var rs = ImmutableArray.CreateBuilder<GoType>();
        if (ft.Results is not null)
        {
            foreach (var field in ft.Results.List)
            {
                var t = field.Type is null ? UnknownType.Instance : TypeExpr(field.Type, scope);
                fieldTypes[field] = t;
                var n = Math.Max(1, field.Names.Length);
                for (var i = 0; i < n; i++)
                {
                    rs.Add(t);
                }
            }
        }
        if (declare)
        {
            DeclareParams(ft.Params, scope, owner, kindOverride ?? VarKind.Param, fieldTypes);
            if (ft.Results is not null)
            {
                DeclareParams(ft.Results, scope, owner, VarKind.Result, fieldTypes);
            }
        }
        return new SignatureType(ps.ToImmutable(), rs.ToImmutable(), variadic);
    }

    private void DeclareParams(FieldList list, Scope scope, Node? owner, VarKind kind, Dictionary<Field, GoType> fieldTypes)
    {
        foreach (var field in list.List)
        {
            var t = fieldTypes.GetValueOrDefault(field) ?? UnknownType.Instance;
            foreach (var id in field.Names)
            {
                var sym = new VarSymbol(id.Name, kind, _owner, id, _file) { Owner = owner, Type = t };
                RecordDef(id, sym);
                Declare(scope, sym, id);
            }
        }
    }

    private StructType StructOf(Ast.StructType st, Scope scope)
    {
        var fields = ImmutableArray.CreateBuilder<StructField>();
        foreach (var field in st.Fields.List)
        {
            var t = field.Type is null ? UnknownType.Instance : TypeExpr(field.Type, scope);
            var tag = field.Tag is null ? null : Literals.Unquote(field.Tag.Value, field.Tag.Value.StartsWith('`') ? '`' : '"');
            if (field.Names.IsEmpty)
            {
                var nameId = EmbeddedName(field.Type);
                var name = nameId?.Name ?? "?";
                var sym = new VarSymbol(name, VarKind.Field, _owner, null, _file) { Type = t, IsEmbedded = true };
                fields.Add(new StructField(name, t, true, tag, sym));
                continue;
            }
            foreach (var id in field.Names)
            {
                var sym = new VarSymbol(id.Name, VarKind.Field, _owner, id, _file) { Type = t };
                RecordDef(id, sym);
                fields.Add(new StructField(id.Name, t, false, tag, sym));
            }
        }
        return new StructType(fields.ToImmutable());
    }

    private static Ident? EmbeddedName(Expr? t)
    {
        for (var i = 0; i < 8 && t is not null; i++)
        {
            switch (t)
            {
                case Ident id:
                    return id;
                case StarExpr s:
                    t = s.X;
                    break;
                case ParenExpr p:
                    t = p.X;
                    break;
                case SelectorExpr sel:
                    return sel.Sel;
                case IndexExpr ix:
                    t = ix.X;
                    break;
                case IndexListExpr il:
                    t = il.X;
                    break;
                default:
                    return null;
            }
        }
        return null;
    }

    private InterfaceType InterfaceOf(Ast.InterfaceType it, Scope scope)
    {
        var result = new InterfaceType([], false);
        var methods = ImmutableArray.CreateBuilder<InterfaceMethod>();
        var terms = ImmutableArray.CreateBuilder<GoType>();
        var open = false;
        var typeSet = false;
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in it.Methods.List)
        {
            if (!field.Names.IsEmpty && field.Type is FuncType ft)
            {
                foreach (var id in field.Names)
                {
                    var sig = Signature(ft, new Scope(scope, ScopeKind.Function, ft), declare: false, owner: null, kindOverride: null);
                    var fs = new FuncSymbol(id.Name, _owner, id, _file) { IsMethod = true, Interface = result, Type = sig };
                    RecordDef(id, fs);
                    if (names.Add(id.Name))
                    {
                        methods.Add(new InterfaceMethod(id.Name, sig, fs));
                    }
                }
                continue;
            }
            if (field.Type is null)
            {
                continue;
            }
            if (field.Type is UnaryExpr { Op: Token.Tilde } or BinaryExpr { Op: Token.Or })
            {
                ConstraintExpr(field.Type, scope, out var core, terms);
                typeSet = true;
                continue;
            }
            var embedded = TypeExpr(field.Type, scope);
            if (embedded.Underlying is InterfaceType ei)
            {
                foreach (var m in ei.Methods)
                {
                    if (names.Add(m.Name))
                    {
                        methods.Add(m);
                    }
                }
                open |= ei.IsOpen;
                if (ei.IsTypeSet)
                {
                    typeSet = true;
                    terms.AddRange(ei.Terms);
                }
            }
            else if (embedded.IsUnknown || embedded is NamedType { Underlying: UnknownType })
            {
                open = true;
            }
            else
            {
                typeSet = true;
                terms.Add(embedded);
            }
        }
        result.Complete(methods.ToImmutable(), open, typeSet);
        result.Terms = terms.ToImmutable();
        return result;
    }

    /// <summary>A type constraint: an interface, or a union of (tilde) terms; <paramref name="core"/> is the core type when there is exactly one underlying type.</summary>
    private GoType ConstraintExpr(Expr e, Scope scope, out GoType? core, ImmutableArray<GoType>.Builder? into = null)
    {
        var terms = into ?? ImmutableArray.CreateBuilder<GoType>();
        var before = terms.Count;
        GoType result;
        if (e is UnaryExpr { Op: Token.Tilde } or BinaryExpr { Op: Token.Or })
        {
            CollectTerms(e, scope, terms, 0);
            var iface = new InterfaceType([], false, isTypeSet: true) { Terms = terms.Skip(before).ToImmutableArray() };
            result = iface;
        }
        else
        {
            result = TypeExpr(e, scope);
            if (result.Underlying is not InterfaceType && !result.IsUnknown)
            {
                terms.Add(result);
                result = new InterfaceType([], false, isTypeSet: true) { Terms = [result] };
            }
        }
        var all = result.Underlying is InterfaceType ri ? ri.Terms : [];
        core = all.Length == 1 ? all[0].Underlying : null;
        return result;
    }

    private void CollectTerms(Expr e, Scope scope, ImmutableArray<GoType>.Builder terms, int depth)
    {
        if (depth > 200)
        {
            return;
        }
        switch (e)
        {
            case BinaryExpr { Op: Token.Or } b:
                CollectTerms(b.X, scope, terms, depth + 1);
                CollectTerms(b.Y, scope, terms, depth + 1);
                break;
            case UnaryExpr { Op: Token.Tilde } u:
                terms.Add(TypeExpr(u.X, scope));
                break;
            case ParenExpr p:
                CollectTerms(p.X, scope, terms, depth + 1);
                break;
            default:
                terms.Add(TypeExpr(e, scope));
                break;
        }
    }
}
