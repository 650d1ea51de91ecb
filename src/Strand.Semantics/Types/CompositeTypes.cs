using System.Collections.Immutable;
using Strand.Syntax.Ast;

namespace Strand.Semantics;

public sealed class PointerType(GoType elem) : GoType
{
    public GoType Elem { get; } = elem;

    public override string ToString() => "*" + Elem;
}

public sealed class SliceType(GoType elem) : GoType
{
    public GoType Elem { get; } = elem;

    public override string ToString() => "[]" + Elem;
}

/// <summary><c>[N]T</c>; <see cref="Length"/> is null when N is not a known constant.</summary>
public sealed class ArrayType(GoType elem, long? length) : GoType
{
    public GoType Elem { get; } = elem;
    public long? Length { get; } = length;

    public override string ToString() => $"[{Length?.ToString() ?? "?"}]{Elem}";
}

public sealed class MapType(GoType key, GoType value) : GoType
{
    public GoType Key { get; } = key;
    public GoType Value { get; } = value;

    public override string ToString() => $"map[{Key}]{Value}";
}

public sealed class ChanType(GoType elem, ChanDir dir) : GoType
{
    public GoType Elem { get; } = elem;
    public ChanDir Dir { get; } = dir;

    public bool CanSend => (Dir & ChanDir.Send) != 0;
    public bool CanReceive => (Dir & ChanDir.Recv) != 0;

    public override string ToString() => Dir switch
    {
        ChanDir.Send => "chan<- " + Elem,
        ChanDir.Recv => "<-chan " + Elem,
        _ => "chan " + Elem,
    };
}

/// <summary>A struct field; <see cref="Symbol"/> is the field's VarSymbol (Kind Field).</summary>
public sealed record StructField(string Name, GoType Type, bool Embedded, string? Tag, VarSymbol? Symbol);

public sealed class StructType(ImmutableArray<StructField> fields) : GoType
{
    public ImmutableArray<StructField> Fields { get; } = fields;

    public override string ToString() => "struct{" + string.Join("; ", Fields.Select(f => f.Embedded ? f.Type.ToString() : f.Name + " " + f.Type)) + "}";
}

/// <summary>A function type. Variadic: the last parameter has a slice type <c>[]T</c> standing for <c>...T</c>.</summary>
public sealed class SignatureType(ImmutableArray<GoType> @params, ImmutableArray<GoType> results, bool variadic) : GoType
{
    public ImmutableArray<GoType> Params { get; } = @params;
    public ImmutableArray<GoType> Results { get; } = results;
    public bool Variadic { get; } = variadic;

    /// <summary>Type parameters of a generic function; empty otherwise.</summary>
    public ImmutableArray<TypeParamType> TypeParams { get; init; } = [];

    /// <summary>The result as an expression type: nothing -> empty tuple, one -> itself, several -> <see cref="TupleType"/>.</summary>
    public GoType ResultType => Results.Length == 1 ? Results[0] : new TupleType(Results);

    public override string ToString() => $"func({string.Join(", ", Params)}) ({string.Join(", ", Results)})";
}

/// <summary>A method of an interface: its name and signature; <see cref="Symbol"/> is an abstract FuncSymbol.</summary>
public sealed record InterfaceMethod(string Name, SignatureType Signature, FuncSymbol? Symbol);

/// <summary>
/// An interface with its full method set (embedded interfaces flattened).
/// <see cref="IsOpen"/> when part of it could not be resolved (an embedded unknown interface):
/// then any type may implement it as far as Strand knows.
/// </summary>
public sealed class InterfaceType : GoType
{
    private ImmutableArray<InterfaceMethod> _methods;

    internal InterfaceType(ImmutableArray<InterfaceMethod> methods, bool isOpen, bool isTypeSet = false)
    {
        _methods = methods;
        IsOpen = isOpen;
        IsTypeSet = isTypeSet;
    }

    public static readonly InterfaceType Empty = new([], false);

    public ImmutableArray<InterfaceMethod> Methods => _methods;

    public bool IsOpen { get; private set; }

    /// <summary>True for constraint interfaces with type terms (<c>~int | string</c>).</summary>
    public bool IsTypeSet { get; private set; }

    public bool IsEmpty => _methods.IsEmpty && !IsOpen && !IsTypeSet;

    /// <summary>The type terms of a constraint interface (<c>~T</c> terms give T), when it has some.</summary>
    public ImmutableArray<GoType> Terms { get; internal set; } = [];

    internal void Complete(ImmutableArray<InterfaceMethod> methods, bool isOpen, bool isTypeSet)
    {
        _methods = methods;
        IsOpen = isOpen;
        IsTypeSet = isTypeSet;
    }

    public InterfaceMethod? FindMethod(string name)
    {
        foreach (var m in _methods)
        {
            if (m.Name == name)
            {
                return m;
            }
        }
        return null;
    }

    public override string ToString() => _methods.IsEmpty ? "interface{}" : "interface{" + string.Join("; ", _methods.Select(m => m.Name)) + "}";
}

/// <summary>The type of a multi-valued expression (a call with several results, <c>v, ok</c> forms).</summary>
public sealed class TupleType(ImmutableArray<GoType> types) : GoType
{
    public static readonly TupleType Empty = new([]);

    public ImmutableArray<GoType> Types { get; } = types;

    public override string ToString() => "(" + string.Join(", ", Types) + ")";
}

/// <summary>A type parameter; its <see cref="Underlying"/> is its constraint's core type when there is one.</summary>
public sealed class TypeParamType : GoType
{
    internal TypeParamType(string name, int index, TypeSymbol? symbol)
    {
        Name = name;
        Index = index;
        Symbol = symbol;
    }

    public string Name { get; }
    public int Index { get; }
    public TypeSymbol? Symbol { get; }

    /// <summary>The constraint (an interface type, possibly with type terms).</summary>
    public GoType Constraint { get; internal set; } = InterfaceType.Empty;

    /// <summary>The single underlying type all types in the constraint's type set share, if any (e.g. <c>chan T</c>).</summary>
    public GoType? CoreType { get; internal set; }

    public override GoType Underlying => CoreType ?? Constraint.Underlying;

    public override string ToString() => Name;
}
