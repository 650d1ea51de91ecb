using System.Collections.Immutable;

namespace Strand.Semantics;

/// <summary>
/// Resolves interface method calls once every package is checked: the candidates are the methods
/// of every named type (program and stubs) whose pointer method set implements the interface.
/// </summary>
internal static class InterfaceCalls
{
    public static void Resolve(List<PendingInterfaceCall> calls, CheckerTables tables, MethodSets methodSets)
    {
        if (calls.Count == 0)
        {
            return;
        }
        // Index: method name -> (type, method) for every concrete named type.
        var index = new Dictionary<string, List<(NamedType Type, FuncSymbol Method)>>(StringComparer.Ordinal);
        var names = new Dictionary<NamedType, Dictionary<string, FuncSymbol>>(ReferenceEqualityComparer.Instance);
        foreach (var t in tables.NamedTypes)
        {
            if (!ReferenceEquals(t.Origin, t) || t.Underlying is InterfaceType or UnknownType)
            {
                continue;
            }
            var set = methodSets.Of(new PointerType(t));
            if (set.IsEmpty)
            {
                continue;
            }
            var ns = new Dictionary<string, FuncSymbol>(StringComparer.Ordinal);
            foreach (var m in set)
            {
                ns[m.Name] = m;
                if (!index.TryGetValue(m.Name, out var list))
                {
                    index[m.Name] = list = [];
                }
                list.Add((t, m));
            }
            names[t] = ns;
        }

        var cache = new Dictionary<(InterfaceType, string), ImmutableArray<FuncSymbol>>();
        foreach (var call in calls)
        {
            if (!cache.TryGetValue((call.Interface, call.Name), out var candidates))
            {
                var result = ImmutableArray.CreateBuilder<FuncSymbol>();
                var seen = new HashSet<FuncSymbol>(ReferenceEqualityComparer.Instance);
                foreach (var (type, method) in index.GetValueOrDefault(call.Name) ?? [])
                {
                    var ns = names[type];
                    if (call.Interface.Methods.All(m => ns.TryGetValue(m.Name, out var c) && SameShape(c.Signature, m.Signature)) && seen.Add(method))
                    {
                        result.Add(method);
                    }
                }
                candidates = result.ToImmutable();
                cache[(call.Interface, call.Name)] = candidates;
            }
            tables.Calls[call.Call] = new CallTarget.InterfaceMethod(call.Name, candidates, IsOpen(call), call.Receiver, call.Interface) { EmbeddedPath = call.EmbeddedPath };
        }
    }

    /// <summary>Same number of parameters and results and the same variadic-ness (a cheap stand-in for identical signatures).</summary>
    private static bool SameShape(SignatureType a, SignatureType b) =>
        a.Params.Length == b.Params.Length && a.Results.Length == b.Results.Length && a.Variadic == b.Variadic;

    /// <summary>
    /// Open when an implementation Strand cannot see may flow in: the interface is only partly known,
    /// it is declared outside the analysed code (error, stubs: any library type may implement it), or
    /// it is an exported interface of an importable package (callers elsewhere may implement it).
    /// </summary>
    private static bool IsOpen(PendingInterfaceCall call)
    {
        if (call.Interface.IsOpen)
        {
            return true;
        }
        if (call.ReceiverType.Underlying is not InterfaceType && call.ReceiverType is not TypeParamType)
        {
            return true; // promoted from an embedded interface field: any implementation may be stored there
        }
        var named = call.ReceiverType switch
        {
            NamedType n => n,
            TypeParamType tp => tp.Constraint as NamedType,
            PointerType { Elem: NamedType pn } => pn,
            _ => null,
        };
        if (named is null)
        {
            return call.ReceiverType is TypeParamType { Constraint: InterfaceType { IsOpen: true } };
        }
        var pkg = named.Symbol?.Package;
        if (pkg is null || pkg.IsStub)
        {
            return true;
        }
        return pkg.Kind == PackageKind.Library && named.Symbol!.IsExported;
    }
}
