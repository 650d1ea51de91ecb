using System.Collections.Immutable;

namespace Strand.Semantics;

/// <summary>Replaces type parameters by type arguments (bounded depth; recursive generic types stay finite).</summary>
internal static class Substitution
{
    private const int MaxDepth = 12;

    public static Dictionary<TypeParamType, GoType> Map(ImmutableArray<TypeParamType> tparams, ImmutableArray<GoType> targs)
    {
        var map = new Dictionary<TypeParamType, GoType>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < tparams.Length && i < targs.Length; i++)
        {
            map[tparams[i]] = targs[i];
        }
        return map;
    }

    public static GoType Apply(GoType t, IReadOnlyDictionary<TypeParamType, GoType> map) => map.Count == 0 ? t : Apply(t, map, 0);

    private static GoType Apply(GoType t, IReadOnlyDictionary<TypeParamType, GoType> map, int depth)
    {
        if (depth > MaxDepth)
        {
            return t;
        }
        var d = depth + 1;
        switch (t)
        {
            case TypeParamType tp:
                return map.TryGetValue(tp, out var r) ? r : t;
            case PointerType p:
                var pe = Apply(p.Elem, map, d);
                return ReferenceEquals(pe, p.Elem) ? t : new PointerType(pe);
            case SliceType s:
                var se = Apply(s.Elem, map, d);
                return ReferenceEquals(se, s.Elem) ? t : new SliceType(se);
            case ArrayType a:
                var ae = Apply(a.Elem, map, d);
                return ReferenceEquals(ae, a.Elem) ? t : new ArrayType(ae, a.Length);
            case MapType m:
                var mk = Apply(m.Key, map, d);
                var mv = Apply(m.Value, map, d);
                return ReferenceEquals(mk, m.Key) && ReferenceEquals(mv, m.Value) ? t : new MapType(mk, mv);
            case ChanType c:
                var ce = Apply(c.Elem, map, d);
                return ReferenceEquals(ce, c.Elem) ? t : new ChanType(ce, c.Dir);
            case SignatureType sig:
                return new SignatureType([.. sig.Params.Select(x => Apply(x, map, d))], [.. sig.Results.Select(x => Apply(x, map, d))], sig.Variadic);
            case TupleType tu:
                return new TupleType([.. tu.Types.Select(x => Apply(x, map, d))]);
            case StructType st:
                var changed = false;
                var fields = ImmutableArray.CreateBuilder<StructField>(st.Fields.Length);
                foreach (var f in st.Fields)
                {
                    var ft = Apply(f.Type, map, d);
                    changed |= !ReferenceEquals(ft, f.Type);
                    fields.Add(f with { Type = ft });
                }
                return changed ? new StructType(fields.MoveToImmutable()) : t;
            case NamedType n when !n.TypeArgs.IsEmpty:
                var args = n.TypeArgs.Select(x => Apply(x, map, d)).ToImmutableArray();
                return Instantiation.Instantiate(n.Origin, args);
            default:
                return t;
        }
    }
}

/// <summary>Creates instances of generic named types (underlying substituted lazily, methods shared with the origin).</summary>
internal static class Instantiation
{
    public static NamedType Instantiate(NamedType origin, ImmutableArray<GoType> args)
    {
        if (origin.TypeParams.IsEmpty)
        {
            return origin;
        }
        return new NamedType(origin.Name, origin.PkgPath, origin.Symbol)
        {
            Origin = origin,
            TypeArgs = args,
        };
    }
}
