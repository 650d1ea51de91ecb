namespace Strand.Semantics;

/// <summary>
/// A Go type in Strand's light type model. Types compare by reference except where
/// <see cref="TypeIdentity.Identical"/> is used; <see cref="UnknownType.Instance"/> stands for
/// anything that could not be resolved and propagates quietly.
/// </summary>
public abstract class GoType
{
    /// <summary>The underlying type (itself for every type but <see cref="NamedType"/> and <see cref="TypeParamType"/>).</summary>
    public virtual GoType Underlying => this;

    public bool IsUnknown => this is UnknownType;
}

/// <summary>The type of whatever Strand cannot see or resolve.</summary>
public sealed class UnknownType : GoType
{
    public static readonly UnknownType Instance = new();

    private UnknownType()
    {
    }

    public override string ToString() => "unknown";
}

public enum BasicKind
{
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    UnsafePointer,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedComplex,
    UntypedString,
    UntypedNil,
}

/// <summary>A predeclared basic type, or the type of an untyped constant.</summary>
public sealed class BasicType : GoType
{
    private BasicType(BasicKind kind, string name)
    {
        Kind = kind;
        Name = name;
    }

    public BasicKind Kind { get; }
    public string Name { get; }

    public bool IsUntyped => Kind >= BasicKind.UntypedBool;
    public bool IsInteger => Kind is >= BasicKind.Int and <= BasicKind.Uintptr or BasicKind.UntypedInt or BasicKind.UntypedRune;
    public bool IsNumeric => Kind is >= BasicKind.Int and <= BasicKind.Complex128 or BasicKind.UntypedInt or BasicKind.UntypedRune or BasicKind.UntypedFloat or BasicKind.UntypedComplex;
    public bool IsString => Kind is BasicKind.String or BasicKind.UntypedString;
    public bool IsBoolean => Kind is BasicKind.Bool or BasicKind.UntypedBool;

    public static readonly BasicType Bool = new(BasicKind.Bool, "bool");
    public static readonly BasicType Int = new(BasicKind.Int, "int");
    public static readonly BasicType Int8 = new(BasicKind.Int8, "int8");
    public static readonly BasicType Int16 = new(BasicKind.Int16, "int16");
    public static readonly BasicType Int32 = new(BasicKind.Int32, "int32");
    public static readonly BasicType Int64 = new(BasicKind.Int64, "int64");
    public static readonly BasicType Uint = new(BasicKind.Uint, "uint");
    public static readonly BasicType Uint8 = new(BasicKind.Uint8, "uint8");
    public static readonly BasicType Uint16 = new(BasicKind.Uint16, "uint16");
    public static readonly BasicType Uint32 = new(BasicKind.Uint32, "uint32");
    public static readonly BasicType Uint64 = new(BasicKind.Uint64, "uint64");
    public static readonly BasicType Uintptr = new(BasicKind.Uintptr, "uintptr");
    public static readonly BasicType Float32 = new(BasicKind.Float32, "float32");
    public static readonly BasicType Float64 = new(BasicKind.Float64, "float64");
    public static readonly BasicType Complex64 = new(BasicKind.Complex64, "complex64");
    public static readonly BasicType Complex128 = new(BasicKind.Complex128, "complex128");
    public static readonly BasicType String = new(BasicKind.String, "string");
    public static readonly BasicType UnsafePointer = new(BasicKind.UnsafePointer, "unsafe.Pointer");
    public static readonly BasicType UntypedBool = new(BasicKind.UntypedBool, "untyped bool");
    public static readonly BasicType UntypedInt = new(BasicKind.UntypedInt, "untyped int");
    public static readonly BasicType UntypedRune = new(BasicKind.UntypedRune, "untyped rune");
    public static readonly BasicType UntypedFloat = new(BasicKind.UntypedFloat, "untyped float");
    public static readonly BasicType UntypedComplex = new(BasicKind.UntypedComplex, "untyped complex");
    public static readonly BasicType UntypedString = new(BasicKind.UntypedString, "untyped string");
    public static readonly BasicType UntypedNil = new(BasicKind.UntypedNil, "untyped nil");

    /// <summary>The type an untyped constant takes when nothing else decides it (int, rune=int32, float64...).</summary>
    public GoType Default => Kind switch
    {
        BasicKind.UntypedBool => Bool,
        BasicKind.UntypedInt => Int,
        BasicKind.UntypedRune => Int32,
        BasicKind.UntypedFloat => Float64,
        BasicKind.UntypedComplex => Complex128,
        BasicKind.UntypedString => String,
        _ => this,
    };

    public override string ToString() => Name;
}
