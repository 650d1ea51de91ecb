using System.Collections.Immutable;

namespace Strand.Semantics;

/// <summary>
/// A defined type (<c>type T ...</c>), possibly generic or an instance of a generic type.
/// Instances share <see cref="Origin"/>'s methods; their underlying type has type arguments
/// substituted. The underlying type is filled in after creation so recursive types work.
/// </summary>
public sealed class NamedType : GoType
{
    private GoType _underlying = UnknownType.Instance;
    private ImmutableArray<FuncSymbol> _methods = [];

    internal NamedType(string name, string pkgPath, TypeSymbol? symbol)
    {
        Name = name;
        PkgPath = pkgPath;
        Symbol = symbol;
        Origin = this;
    }

    public string Name { get; }

    /// <summary>Import path of the declaring package ("" for universe types such as <c>error</c>).</summary>
    public string PkgPath { get; }

    /// <summary>The declaring type name (null for synthesized types).</summary>
    public TypeSymbol? Symbol { get; }

    public override GoType Underlying
    {
        get
        {
            // Instances substitute their origin's underlying type on first use, once it is resolved.
            if (_underlying is UnknownType && !ReferenceEquals(Origin, this) && Origin._underlying is not UnknownType)
            {
                _underlying = Substitution.Apply(Origin._underlying, Substitution.Map(Origin.TypeParams, TypeArgs));
            }
            return _underlying;
        }
    }

    /// <summary>Methods declared with this type (or its origin) as receiver, in source order.</summary>
    public ImmutableArray<FuncSymbol> Methods => ReferenceEquals(Origin, this) ? _methods : Origin.Methods;

    /// <summary>Type parameters of a generic declaration; empty otherwise.</summary>
    public ImmutableArray<TypeParamType> TypeParams { get; internal set; } = [];

    /// <summary>Type arguments of an instance; empty for a non-instantiated type.</summary>
    public ImmutableArray<GoType> TypeArgs { get; internal set; } = [];

    /// <summary>The generic type this is an instance of, or itself.</summary>
    public NamedType Origin { get; internal set; }

    internal void SetUnderlying(GoType underlying) => _underlying = underlying is NamedType n ? n.Underlying : underlying;

    internal void AddMethod(FuncSymbol method) => _methods = _methods.Add(method);

    public FuncSymbol? FindMethod(string name)
    {
        foreach (var m in Methods)
        {
            if (m.Name == name)
            {
                return m;
            }
        }
        return null;
    }

    public override string ToString()
    {
        // Short, message-friendly form: package name (not the full path) and type name.
        var pkg = Symbol?.Package?.Name ?? PkgPath[(PkgPath.LastIndexOf('/') + 1)..];
        var prefix = pkg.Length == 0 ? "" : pkg + ".";
        return TypeArgs.IsEmpty ? prefix + Name : $"{prefix}{Name}[{string.Join(", ", TypeArgs)}]";
    }
}
