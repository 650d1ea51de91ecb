using Strand.Model.Ir;
using Strand.Semantics;

namespace Strand.Analysis.Exploration;

/// <summary>
/// <c>v, ok := x.(*T)</c> on a value whose dynamic type the model knows (a struct it made): a reader
/// that is not a *bufio.Reader must not be taken for one, or code reading through it reads nothing.
/// </summary>
internal sealed partial class Interpreter
{
    private Value TypeAssert(State s, Frame f, MTypeAssert ta)
    {
        var x = Eval(s, f, ta.X);
        var matches = DynamicTypeMatches(s, x, ta.Type);
        if (ta.Ok)
        {
            return matches is { } m ? Value.Bool(m) : Value.Unknown;
        }
        return matches == false ? Zero(s, ta.Type) : x;
    }

    /// <summary>Whether x's dynamic type is <paramref name="asserted"/>; null when the model cannot tell.</summary>
    private static bool? DynamicTypeMatches(State s, Value x, GoType asserted)
    {
        if (x.Kind == ValueKind.Nil)
        {
            return false; // a nil interface holds no type
        }
        if (s.Get<StructObj>(x) is not { Type: var made } || NamedBase(made) is not { } have || NamedBase(asserted) is not { } want)
        {
            return null;
        }
        // the model does not tell T from *T apart, so only the named type is compared
        return ReferenceEquals(have.Origin, want.Origin) || have.PkgPath == want.PkgPath && have.Name == want.Name;
    }

    private static NamedType? NamedBase(GoType t) => t switch
    {
        NamedType n => n,
        PointerType { Elem: NamedType n } => n,
        _ => null,
    };
}
