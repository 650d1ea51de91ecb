using System.Collections.Immutable;

namespace Strand.Semantics;

/// <summary>The universe scope: predeclared types, constants, nil and builtin functions.</summary>
internal static class Universe
{
    public static readonly ImmutableArray<string> BuiltinNames =
    [
        "append", "cap", "clear", "close", "complex", "copy", "delete", "imag", "len", "make", "max", "min",
        "new", "panic", "print", "println", "real", "recover",
    ];

    public static readonly Scope Scope = Build();

    public static readonly NamedType Error = (NamedType)Scope.Lookup("error")!.Type;

    /// <summary>The empty interface <c>any</c> stands for.</summary>
    public static readonly InterfaceType Any = InterfaceType.Empty;

    private static Scope Build()
    {
        var scope = new Scope(null, ScopeKind.Universe, null);
        void Type(string name, GoType t) => scope.Insert(new TypeSymbol(name, null, null, null) { Type = t });

        Type("bool", BasicType.Bool);
        Type("int", BasicType.Int);
        Type("int8", BasicType.Int8);
        Type("int16", BasicType.Int16);
        Type("int32", BasicType.Int32);
        Type("rune", BasicType.Int32);
        Type("int64", BasicType.Int64);
        Type("uint", BasicType.Uint);
        Type("uint8", BasicType.Uint8);
        Type("byte", BasicType.Uint8);
        Type("uint16", BasicType.Uint16);
        Type("uint32", BasicType.Uint32);
        Type("uint64", BasicType.Uint64);
        Type("uintptr", BasicType.Uintptr);
        Type("float32", BasicType.Float32);
        Type("float64", BasicType.Float64);
        Type("complex64", BasicType.Complex64);
        Type("complex128", BasicType.Complex128);
        Type("string", BasicType.String);
        scope.Insert(new TypeSymbol("any", null, null, null) { Type = InterfaceType.Empty, IsAlias = true });

        var errorSym = new TypeSymbol("error", null, null, null);
        var error = new NamedType("error", "", errorSym);
        errorSym.Type = error;
        var errorMethod = new FuncSymbol("Error", null, null, null) { IsMethod = true, Type = new SignatureType([], [BasicType.String], false) };
        var errorIface = new InterfaceType([new InterfaceMethod("Error", (SignatureType)errorMethod.Type, errorMethod)], false);
        errorMethod.Interface = errorIface;
        error.SetUnderlying(errorIface);
        scope.Insert(errorSym);

        var comparableSym = new TypeSymbol("comparable", null, null, null);
        var comparable = new NamedType("comparable", "", comparableSym);
        comparable.SetUnderlying(new InterfaceType([], false, isTypeSet: true));
        comparableSym.Type = comparable;
        scope.Insert(comparableSym);

        scope.Insert(new ConstSymbol("true", null, null, null) { Type = BasicType.UntypedBool, Value = ConstValue.OfBool(true) });
        scope.Insert(new ConstSymbol("false", null, null, null) { Type = BasicType.UntypedBool, Value = ConstValue.OfBool(false) });
        scope.Insert(new ConstSymbol("iota", null, null, null) { Type = BasicType.UntypedInt, Value = ConstValue.OfInt(0) });
        scope.Insert(NilSymbol.Instance);
        foreach (var name in BuiltinNames)
        {
            scope.Insert(new BuiltinSymbol(name));
        }
        return scope;
    }
}
