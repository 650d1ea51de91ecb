using Strand.Syntax.Ast;

namespace Strand.Semantics;

/// <summary>
/// A named entity of the program: what an identifier denotes. Symbols are created by the
/// checker and fully resolved (Type set) by the time a <see cref="GoProgram"/> is returned.
/// </summary>
public abstract class Symbol
{
    protected Symbol(string name, GoPackage? package, Ident? declIdent, GoFile? file)
    {
        Name = name;
        Package = package;
        DeclIdent = declIdent;
        File = file;
    }

    public string Name { get; }

    /// <summary>The symbol's type; <see cref="UnknownType.Instance"/> when unknown.</summary>
    public GoType Type { get; internal set; } = UnknownType.Instance;

    /// <summary>The declaring package; null for universe symbols.</summary>
    public GoPackage? Package { get; internal set; }

    /// <summary>The identifier that declares the symbol; null for universe and synthesized symbols.</summary>
    public Ident? DeclIdent { get; }

    /// <summary>The file holding <see cref="DeclIdent"/>.</summary>
    public GoFile? File { get; }

    public bool IsExported => Name.Length > 0 && char.IsUpper(Name[0]);

    public override string ToString() => Name;
}

public enum VarKind
{
    Local,
    Param,
    Result,
    Field,
    Global,
    Receiver,
}

/// <summary>A variable: local, parameter, named result, receiver, struct field or package-level var.</summary>
public sealed class VarSymbol : Symbol
{
    internal VarSymbol(string name, VarKind kind, GoPackage? package, Ident? declIdent, GoFile? file)
        : base(name, package, declIdent, file)
    {
        Kind = kind;
    }

    public VarKind Kind { get; }

    /// <summary>The <see cref="FuncDecl"/> or <see cref="FuncLit"/> declaring a local, param, result or receiver; null otherwise.</summary>
    public Node? Owner { get; internal set; }

    /// <summary>For fields: whether the field is embedded.</summary>
    public bool IsEmbedded { get; internal set; }
}

/// <summary>A named constant (<c>true</c>, <c>false</c> and <c>iota</c> included).</summary>
public sealed class ConstSymbol : Symbol
{
    internal ConstSymbol(string name, GoPackage? package, Ident? declIdent, GoFile? file)
        : base(name, package, declIdent, file)
    {
    }

    /// <summary>The constant's value when it could be computed.</summary>
    public ConstValue? Value { get; internal set; }
}

/// <summary>A type name: a defined type (<see cref="Named"/>), an alias, a type parameter, or a predeclared type.</summary>
public sealed class TypeSymbol : Symbol
{
    internal TypeSymbol(string name, GoPackage? package, Ident? declIdent, GoFile? file)
        : base(name, package, declIdent, file)
    {
    }

    /// <summary>The defined type; null for aliases and predeclared basic types.</summary>
    public NamedType? Named => Type as NamedType;

    public bool IsAlias { get; internal set; }

    public TypeSpec? Spec { get; internal set; }
}

/// <summary>A function, a concrete method, or an interface's abstract method.</summary>
public sealed class FuncSymbol : Symbol
{
    internal FuncSymbol(string name, GoPackage? package, Ident? declIdent, GoFile? file)
        : base(name, package, declIdent, file)
    {
    }

    /// <summary>The declaration (null for interface methods and synthesized functions).</summary>
    public FuncDecl? Decl { get; internal set; }

    public bool IsMethod { get; internal set; }

    /// <summary>The receiver's named type for a concrete method (the generic origin for generic receivers).</summary>
    public NamedType? Receiver { get; internal set; }

    public bool PointerReceiver { get; internal set; }

    /// <summary>For an abstract interface method: the interface declaring it.</summary>
    public InterfaceType? Interface { get; internal set; }

    /// <summary>
    /// For functions of Strand's standard-library stubs: <c>pkgpath.Func</c> or
    /// <c>pkgpath.Type.Method</c>, e.g. <c>sync.WaitGroup.Wait</c>, <c>context.WithCancel</c>,
    /// <c>os/signal.Notify</c>. Null for code of the analysed program.
    /// </summary>
    public string? StdPath { get; internal set; }

    public SignatureType Signature => Type as SignatureType ?? EmptySignature;

    /// <summary>Qualified name for messages: <c>pkg.F</c>, <c>(*pkg.T).M</c> or <c>pkg.T.M</c>.</summary>
    public string FullName
    {
        get
        {
            if (Receiver is { } r)
            {
                return PointerReceiver ? $"(*{r.PkgPath}.{r.Name}).{Name}" : $"{r.PkgPath}.{r.Name}.{Name}";
            }
            return Package is null ? Name : $"{Package.ImportPath}.{Name}";
        }
    }

    private static readonly SignatureType EmptySignature = new([], [], false);
}

/// <summary>An imported package name in a file's scope.</summary>
public sealed class PackageSymbol : Symbol
{
    internal PackageSymbol(string name, string importPath, GoPackage? importer, Ident? declIdent, GoFile? file)
        : base(name, importer, declIdent, file)
    {
        ImportPath = importPath;
    }

    public string ImportPath { get; }

    /// <summary>The imported package when Strand sees it: a package of the analysed program or a stub; null when unknown.</summary>
    public GoPackage? Imported { get; internal set; }

    /// <summary>True when the import resolved to one of Strand's standard-library stubs.</summary>
    public bool IsKnownStub => Imported is { IsStub: true };

    /// <summary>True when Strand does not see the imported package: its members are unknown.</summary>
    public bool IsUnknown => Imported is null;

    public ImportSpec? Spec { get; internal set; }
}

/// <summary>A predeclared function: make, close, len, cap, append, panic, recover, new, delete, copy, print, println, min, max, clear, complex, real, imag (and unsafe's).</summary>
public sealed class BuiltinSymbol : Symbol
{
    internal BuiltinSymbol(string name)
        : base(name, null, null, null)
    {
    }
}

/// <summary>The predeclared <c>nil</c>.</summary>
public sealed class NilSymbol : Symbol
{
    public static readonly NilSymbol Instance = new();

    private NilSymbol()
        : base("nil", null, null, null)
    {
        Type = BasicType.UntypedNil;
    }
}

/// <summary>A statement label.</summary>
public sealed class LabelSymbol : Symbol
{
    internal LabelSymbol(string name, GoPackage? package, Ident declIdent, GoFile? file, LabeledStmt stmt)
        : base(name, package, declIdent, file)
    {
        Stmt = stmt;
    }

    public LabeledStmt Stmt { get; }
}
