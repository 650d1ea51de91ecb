using System.Collections.Immutable;
using Strand.Syntax.Ast;

namespace Strand.Semantics;

/// <summary>
/// Files checked together in one package scope: a package's files plus its in-package test files
/// (each file owned by the GoPackage it is listed in).
/// </summary>
internal sealed class CheckUnit(GoPackage primary, ImmutableArray<(GoFile File, GoPackage Owner)> files)
{
    public GoPackage Primary { get; } = primary;
    public ImmutableArray<(GoFile File, GoPackage Owner)> Files { get; } = files;
    public Scope Scope => Primary.Scope;

    /// <summary>The loader's record of the directory (opaque to the checker).</summary>
    public object? Entry { get; init; }

    /// <summary>
    /// For a real standard-library package (module std) that Strand also stubs: the stub, so that
    /// functions the stub declares get the same <see cref="FuncSymbol.StdPath"/> in both.
    /// </summary>
    public GoPackage? StdTwin { get; init; }

    /// <summary>For an in-package test unit: the package whose scope is the parent of this unit's scope.</summary>
    public GoPackage? DependsOn { get; init; }

    /// <summary>Import paths the files import, resolved by the loader before checking.</summary>
    public Dictionary<string, GoPackage?> Imports { get; } = new(StringComparer.Ordinal);

    public CheckerTables Tables { get; } = new();
    public List<LoadError> BindingErrors { get; } = [];
    public List<LoadError> InternalErrors { get; } = [];
    public List<PendingInterfaceCall> InterfaceCalls { get; } = [];

    /// <summary>Set when a file dot-imports a package Strand does not see: unresolved names are then not errors.</summary>
    public bool DotImportsUnknown { get; set; }

    /// <summary>Selectors on fully known types that found no field or method (a measure of model gaps).</summary>
    public List<LoadError> UnresolvedSelectors { get; } = [];
}

/// <summary>An interface method call whose candidates are computed once every package is checked.</summary>
internal sealed record PendingInterfaceCall(CallExpr Call, string Name, InterfaceType Interface, GoType ReceiverType, Expr Receiver, ImmutableArray<string> EmbeddedPath);

internal enum Mode
{
    Invalid,
    NoValue,
    Value,
    Const,
    Type,
    Builtin,
    Package,
}

/// <summary>The result of checking an expression.</summary>
internal readonly record struct Operand(Mode Mode, GoType Type, ConstValue? Value = null, Symbol? Symbol = null)
{
    public static readonly Operand Invalid = new(Mode.Invalid, UnknownType.Instance);

    public static Operand Of(GoType t) => new(Mode.Value, t);

    public static Operand OfType(GoType t) => new(Mode.Type, t);

    public bool IsType => Mode == Mode.Type;
}
