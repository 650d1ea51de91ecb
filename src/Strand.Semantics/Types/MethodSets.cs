using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace Strand.Semantics;

/// <summary>Method sets per Go's rules, cached; safe to query from several threads.</summary>
internal sealed class MethodSets
{
    private readonly ConcurrentDictionary<GoType, ImmutableArray<FuncSymbol>> _cache = new(ReferenceEqualityComparer.Instance);

    public ImmutableArray<FuncSymbol> Of(GoType t) => _cache.GetOrAdd(t, Compute);

    private static ImmutableArray<FuncSymbol> Compute(GoType t)
    {
        if (t.Underlying is InterfaceType it && t is not PointerType)
        {
            return [.. it.Methods.Where(m => m.Symbol is not null).Select(m => m.Symbol!)];
        }
        var isPointer = t is PointerType;
        var result = ImmutableArray.CreateBuilder<FuncSymbol>();
        foreach (var name in Lookup.MethodNames(t))
        {
            var sel = Lookup.FieldOrMethod(t, name);
            if (sel is not { IsMethod: true, Symbol: FuncSymbol f })
            {
                continue;
            }
            // Value method sets exclude pointer-receiver methods unless reached through an embedded pointer.
            if (f.PointerReceiver && !isPointer && !sel.ViaPointer)
            {
                continue;
            }
            result.Add(f);
        }
        return result.ToImmutable();
    }

    /// <summary>True when every method of <paramref name="iface"/> is in the method set of <paramref name="t"/> by name and arity.</summary>
    public bool Implements(GoType t, InterfaceType iface)
    {
        if (iface.IsTypeSet)
        {
            return false;
        }
        var set = Of(t);
        foreach (var m in iface.Methods)
        {
            var found = false;
            foreach (var f in set)
            {
                if (f.Name == m.Name && f.Signature.Params.Length == m.Signature.Params.Length && f.Signature.Results.Length == m.Signature.Results.Length && f.Signature.Variadic == m.Signature.Variadic)
                {
                    found = true;
                    break;
                }
            }
            if (!found)
            {
                return false;
            }
        }
        return true;
    }
}
