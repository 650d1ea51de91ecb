using System.Collections.Immutable;

namespace Strand.Semantics;

/// <summary>The result of looking up a field or method by name in a type, after embedding promotion.</summary>
/// <see cref="Path"/> lists the embedded fields traversed (empty for a direct member).
internal sealed record Selection(Symbol Symbol, GoType Type, bool IsMethod, bool ViaPointer, int Depth, ImmutableArray<string> Path);

/// <summary>Field and method lookup with embedding promotion (Go spec, "Selectors").</summary>
internal static class Lookup
{
    private const int MaxDepth = 16;

    /// <summary>Finds the unique shallowest field or method <paramref name="name"/> of <paramref name="t"/> (or *t).</summary>
    public static Selection? FieldOrMethod(GoType t, string name)
    {
        var viaPointer = false;
        if (t is PointerType p)
        {
            t = p.Elem;
            viaPointer = true;
        }
        else if (t.Underlying is PointerType up && t is NamedType)
        {
            // A named pointer type has no methods, but its fields are reachable.
            t = up.Elem;
            viaPointer = true;
        }

        // Fast path (most selectors): a direct method or field needs no search state.
        if (t is NamedType direct && direct.Underlying is not InterfaceType && direct.FindMethod(name) is { } dm)
        {
            return new Selection(dm, MethodType(dm, direct), true, viaPointer, 0, []);
        }
        switch (t.Underlying)
        {
            case StructType dst:
                foreach (var f in dst.Fields)
                {
                    if (f.Name == name && f.Symbol is not null)
                    {
                        return new Selection(f.Symbol, f.Type, false, viaPointer, 0, []);
                    }
                }
                break;
            case InterfaceType dit:
                return dit.FindMethod(name) is { Symbol: not null } dim ? new Selection(dim.Symbol, dim.Signature, true, viaPointer, 0, []) : null;
            default:
                return null;
        }

        var current = new List<(GoType Type, bool ViaPointer, ImmutableArray<string> Path)> { (t, viaPointer, []) };
        var seen = new HashSet<NamedType>(ReferenceEqualityComparer.Instance);
        for (var depth = 0; depth < MaxDepth && current.Count > 0; depth++)
        {
            Selection? found = null;
            var count = 0;
            var next = new List<(GoType, bool, ImmutableArray<string>)>();
            foreach (var (type, ptr, path) in current)
            {
                if (type is NamedType named)
                {
                    if (!seen.Add(named.Origin))
                    {
                        continue;
                    }
                    if (named.Underlying is not InterfaceType && named.FindMethod(name) is { } m)
                    {
                        found ??= new Selection(m, MethodType(m, named), true, ptr, depth, path);
                        count++;
                        continue;
                    }
                }
                switch (type.Underlying)
                {
                    case StructType st:
                        foreach (var f in st.Fields)
                        {
                            if (f.Name == name && f.Symbol is not null)
                            {
                                found ??= new Selection(f.Symbol, f.Type, false, ptr, depth, path);
                                count++;
                            }
                            if (f.Embedded)
                            {
                                var ft = f.Type;
                                var fptr = ptr;
                                if (ft is PointerType fp)
                                {
                                    ft = fp.Elem;
                                    fptr = true;
                                }
                                next.Add((ft, fptr, path.Add(f.Name)));
                            }
                        }
                        break;
                    case InterfaceType it:
                        if (it.FindMethod(name) is { } im && im.Symbol is not null)
                        {
                            found ??= new Selection(im.Symbol, im.Signature, true, ptr, depth, path);
                            count++;
                        }
                        break;
                }
            }
            if (count == 1)
            {
                return found;
            }
            if (count > 1)
            {
                return null; // ambiguous selector
            }
            current = next;
        }
        return null;
    }

    /// <summary>The method's signature; for instances of generic types, with type arguments substituted.</summary>
    public static GoType MethodType(FuncSymbol m, NamedType recv)
    {
        if (recv.TypeArgs.IsEmpty || recv.Origin.TypeParams.IsEmpty || m.Type is not SignatureType sig)
        {
            return m.Type;
        }
        return Substitution.Apply(sig, Substitution.Map(recv.Origin.TypeParams, recv.TypeArgs));
    }

    /// <summary>Method names reachable on <paramref name="t"/>, candidates for <see cref="MethodSets"/>.</summary>
    public static IEnumerable<string> MethodNames(GoType t)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        var work = new Stack<(GoType, int)>();
        var seen = new HashSet<GoType>(ReferenceEqualityComparer.Instance);
        work.Push((t is PointerType p ? p.Elem : t, 0));
        while (work.Count > 0)
        {
            var (type, depth) = work.Pop();
            if (depth > MaxDepth || !seen.Add(type is NamedType nt ? nt.Origin : type))
            {
                continue;
            }
            if (type is NamedType named && named.Underlying is not InterfaceType)
            {
                foreach (var m in named.Methods)
                {
                    names.Add(m.Name);
                }
            }
            if (type.Underlying is StructType st)
            {
                foreach (var f in st.Fields)
                {
                    if (f.Embedded)
                    {
                        work.Push((f.Type is PointerType fp ? fp.Elem : f.Type, depth + 1));
                    }
                }
            }
            else if (type.Underlying is InterfaceType it && depth > 0)
            {
                foreach (var m in it.Methods)
                {
                    names.Add(m.Name);
                }
            }
        }
        return names;
    }
}
