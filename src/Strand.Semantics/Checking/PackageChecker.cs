using System.Collections.Immutable;
using Strand.Syntax.Ast;
using Strand.Syntax.Tokens;

namespace Strand.Semantics;

/// <summary>
/// Binds and types one <see cref="CheckUnit"/>: collects package-level declarations, resolves
/// them lazily (so order does not matter and cycles stay finite), then checks function bodies.
/// </summary>
internal sealed partial class PackageChecker
{
    private readonly CheckUnit _unit;
    private readonly CheckerTables _t;
    private readonly Scope _pkgScope;
    private readonly string _pkgPath;
    private readonly Dictionary<Symbol, DeclInfo> _decls = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<ValueSpec, List<VarSymbol>> _specVars = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<Symbol> _resolving = new(ReferenceEqualityComparer.Instance);
    private readonly List<(FuncDecl Decl, FuncSymbol Symbol, GoFile File, Scope FileScope, GoPackage Owner)> _funcs = [];
    private readonly string? _stubPath;
    private readonly GoPackage? _twin;

    /// <summary>Nesting bound for the recursive walk (the parser allows very deep trees; workers have large stacks).</summary>
    private const int MaxDepth = 20_000;

    private int _noRecord;
    private int _depth;
    private ConstValue? _iota;
    private GoFile _file = null!;
    private GoPackage _owner;
    private FuncContext? _func;

    private sealed record DeclInfo(GoFile File, Scope FileScope, GoPackage Owner, Spec? Spec, int Index, int Iota, Expr? Type, ImmutableArray<Expr> Values, bool Inherited);

    private sealed class FuncContext(Node owner, SignatureType signature, FuncContext? outer)
    {
        public Node Owner { get; } = owner;
        public SignatureType Signature { get; } = signature;
        public FuncContext? Outer { get; } = outer;
        public Dictionary<string, LabelSymbol> Labels { get; } = new(StringComparer.Ordinal);
    }

    public PackageChecker(CheckUnit unit)
    {
        _unit = unit;
        _t = unit.Tables;
        _pkgScope = unit.Scope;
        _pkgPath = unit.Primary.ImportPath;
        _owner = unit.Primary;
        _stubPath = unit.Primary.IsStub ? unit.Primary.ImportPath : null;
        _twin = unit.StdTwin;
    }

    public void Run()
    {
        Collect();
        foreach (var sym in _decls.Keys.ToList())
        {
            Resolve(sym);
        }
        foreach (var f in _funcs)
        {
            Resolve(f.Symbol);
        }
        foreach (var f in _funcs)
        {
            if (f.Decl.Body is not null)
            {
                _file = f.File;
                _owner = f.Owner;
                CheckFuncBody(f.Decl, f.Symbol, f.FileScope);
            }
        }
    }

    // ---- Collection of package-level declarations ----

    private void Collect()
    {
        var methods = new List<(FuncDecl, FuncSymbol, GoFile, Scope, GoPackage)>();
        foreach (var (file, owner) in _unit.Files)
        {
            _file = file;
            _owner = owner;
            var fileScope = new Scope(_pkgScope, ScopeKind.File, file);
            _t.Scopes[file] = fileScope;
            DeclareImports(file, fileScope);
            foreach (var decl in file.Decls)
            {
                switch (decl)
                {
                    case GenDecl g when g.Tok != Token.Import:
                        CollectGenDecl(g, fileScope, _pkgScope, packageLevel: true);
                        break;
                    case FuncDecl fd:
                        var fs = new FuncSymbol(fd.Name.Name, owner, fd.Name, file) { Decl = fd, IsMethod = fd.Recv is not null };
                        RecordDef(fd.Name, fs);
                        if (_stubPath is not null && fd.Recv is null)
                        {
                            fs.StdPath = _stubPath + "." + fd.Name.Name;
                        }
                        else if (_twin is not null && fd.Recv is null && _twin.Scope.Lookup(fd.Name.Name) is FuncSymbol)
                        {
                            fs.StdPath = _twin.ImportPath + "." + fd.Name.Name;
                        }
                        if (fd.Recv is not null)
                        {
                            methods.Add((fd, fs, file, fileScope, owner));
                        }
                        else if (fd.Name.Name != "init")
                        {
                            DeclarePackageLevel(fs, fd.Name);
                        }
                        _decls[fs] = new DeclInfo(file, fileScope, owner, null, 0, 0, null, [], false);
                        _funcs.Add((fd, fs, file, fileScope, owner));
                        break;
                }
            }
        }
        // Types exist now (NamedType objects are created at collection): attach methods by receiver base name.
        foreach (var (fd, fs, file, _, _) in methods)
        {
            _file = file;
            var (baseName, pointer) = ReceiverBase(fd.Recv!);
            fs.PointerReceiver = pointer;
            var recvSym = baseName is null ? null : PackageLookup(baseName.Name);
            if (baseName is not null && recvSym is TypeSymbol ts && ts.Type is NamedType named && !ts.IsAlias && IsOwnPackage(ts))
            {
                fs.Receiver = named;
                named.AddMethod(fs);
                RecordUse(baseName, ts);
                if (_stubPath is not null || TwinHasMethod(named.Name, fs.Name))
                {
                    fs.StdPath = $"{_pkgPath}.{named.Name}.{fs.Name}";
                }
            }
            else if (baseName is not null && recvSym is TypeSymbol alias && alias.IsAlias)
            {
                // Methods on an alias of a local defined type: resolve the alias now.
                Resolve(alias);
                if (alias.Type is NamedType an && an.Symbol is not null && IsOwnPackage(an.Symbol))
                {
                    fs.Receiver = an;
                    an.AddMethod(fs);
                }
                RecordUse(baseName, alias);
            }
        }
    }

    /// <summary>True when the stub twin of this real std package declares method <paramref name="method"/> on <paramref name="type"/>.</summary>
    private bool TwinHasMethod(string type, string method) =>
        _twin?.Scope.Lookup(type) is TypeSymbol { Type: NamedType n } && n.FindMethod(method) is not null;

    /// <summary>Looks a name up in the package scope (and, for in-package tests, the package's own scope above it).</summary>
    private Symbol? PackageLookup(string name) =>
        _pkgScope.Lookup(name) ?? (_pkgScope.Parent is { Kind: ScopeKind.Package } parent ? parent.Lookup(name) : null);

    /// <summary>A member of an imported package (a test variant also exposes its package's members).</summary>
    private static Symbol? PackageMember(GoPackage pkg, string name) =>
        pkg.Scope.Lookup(name) ?? (pkg.Scope.Parent is { Kind: ScopeKind.Package } parent ? parent.Lookup(name) : null);

    private bool IsOwnPackage(Symbol s) =>
        s.Package is { } p && (ReferenceEquals(p.Scope, _pkgScope) || ReferenceEquals(p.Scope, _pkgScope.Parent));

    private static (Ident? Name, bool Pointer) ReceiverBase(FieldList recv)
    {
        if (recv.List.IsEmpty || recv.List[0].Type is not { } t)
        {
            return (null, false);
        }
        var pointer = false;
        for (var i = 0; i < 8; i++)
        {
            switch (t)
            {
                case ParenExpr p:
                    t = p.X;
                    continue;
                case StarExpr s:
                    pointer = true;
                    t = s.X;
                    continue;
                case IndexExpr ix:
                    t = ix.X;
                    continue;
                case IndexListExpr il:
                    t = il.X;
                    continue;
                case Ident id:
                    return (id, pointer);
            }
            break;
        }
        return (null, pointer);
    }

    private void DeclareImports(GoFile file, Scope fileScope)
    {
        foreach (var spec in file.Imports)
        {
            var path = Literals.Unquote(spec.Path.Value, spec.Path.Value.StartsWith('`') ? '`' : '"') ?? "";
            _unit.Imports.TryGetValue(path, out var imported);
            var name = spec.Name?.Name ?? imported?.Name ?? DefaultImportName(path);
            if (name == "_")
            {
                continue;
            }
            var sym = new PackageSymbol(name, path, _owner, spec.Name, file) { Imported = imported, Spec = spec };
            if (spec.Name is not null)
            {
                RecordDef(spec.Name, sym);
            }
            if (name == ".")
            {
                // Dot import: the imported package's exported names join the file scope.
                if (imported is not null)
                {
                    for (var ps = imported.Scope; ps is { Kind: ScopeKind.Package }; ps = ps.Parent)
                    {
                        foreach (var n in ps.Names)
                        {
                            if (ps.Lookup(n) is { IsExported: true } member)
                            {
                                fileScope.Insert(member);
                            }
                        }
                    }
                }
                else
                {
                    _unit.DotImportsUnknown = true;
                }
                continue;
            }
            fileScope.Insert(sym);
        }
    }

    /// <summary>The package name an import path suggests: its last element without a version suffix or "go-" prefix.</summary>
    public static string DefaultImportName(string path)
    {
        var parts = path.Split('/');
        var last = parts[^1];
        if (last.Length > 1 && last[0] == 'v' && last[1..].All(char.IsDigit) && parts.Length > 1)
        {
            last = parts[^2];
        }
        if (last.StartsWith("go-", StringComparison.Ordinal))
        {
            last = last[3..];
        }
        var dot = last.IndexOf('.');
        if (dot > 0)
        {
            last = last[..dot];
        }
        return last.Replace('-', '_');
    }

    private void DeclarePackageLevel(Symbol sym, Ident id)
    {
        if (id.IsBlank)
        {
            return;
        }
        if (_pkgScope.Insert(sym) is { } existing && !ReferenceEquals(existing, sym))
        {
            BindingError(id, $"{id.Name} redeclared in this block");
        }
    }

    /// <summary>Creates symbols for a const/var/type declaration. At package level resolution is lazy; locally it is immediate.</summary>
    private void CollectGenDecl(GenDecl g, Scope fileScope, Scope target, bool packageLevel)
    {
        Expr? lastType = null;
        var lastValues = ImmutableArray<Expr>.Empty;
        var iota = 0;
        foreach (var spec in g.Specs)
        {
            switch (spec)
            {
                case TypeSpec ts:
                {
                    var sym = new TypeSymbol(ts.Name.Name, _owner, ts.Name, _file) { Spec = ts, IsAlias = ts.IsAlias };
                    if (!ts.IsAlias)
                    {
                        var named = new NamedType(ts.Name.Name, _pkgPath, sym);
                        sym.Type = named;
                        _t.NamedTypes.Add(named);
                    }
                    RecordDef(ts.Name, sym);
                    if (packageLevel)
                    {
                        DeclarePackageLevel(sym, ts.Name);
                        _decls[sym] = new DeclInfo(_file, fileScope, _owner, ts, 0, 0, null, [], false);
                    }
                    else
                    {
                        Declare(target, sym, ts.Name);
                        _decls[sym] = new DeclInfo(_file, target, _owner, ts, 0, 0, null, [], false);
                        Resolve(sym);
                    }
                    break;
                }
                case ValueSpec vs when g.Tok == Token.Const:
                {
                    var inherited = vs.Type is null && vs.Values.IsEmpty;
                    if (!inherited)
                    {
                        lastType = vs.Type;
                        lastValues = vs.Values;
                    }
                    var syms = new List<(ConstSymbol, Ident)>();
                    for (var i = 0; i < vs.Names.Length; i++)
                    {
                        var id = vs.Names[i];
                        var sym = new ConstSymbol(id.Name, _owner, id, _file);
                        RecordDef(id, sym);
                        _decls[sym] = new DeclInfo(_file, packageLevel ? fileScope : target, _owner, vs, i, iota, lastType, lastValues, inherited);
                        syms.Add((sym, id));
                        if (packageLevel)
                        {
                            DeclarePackageLevel(sym, id);
                        }
                    }
                    if (!packageLevel)
                    {
                        foreach (var (sym, _) in syms)
                        {
                            Resolve(sym);
                        }
                        foreach (var (sym, id) in syms)
                        {
                            Declare(target, sym, id);
                        }
                    }
                    iota++;
                    break;
                }
                case ValueSpec vs:
                {
                    var syms = new List<(VarSymbol, Ident)>();
                    for (var i = 0; i < vs.Names.Length; i++)
                    {
                        var id = vs.Names[i];
                        var sym = new VarSymbol(id.Name, packageLevel ? VarKind.Global : VarKind.Local, _owner, id, _file) { Owner = _func?.Owner };
                        RecordDef(id, sym);
                        syms.Add((sym, id));
                        if (packageLevel)
                        {
                            _decls[sym] = new DeclInfo(_file, fileScope, _owner, vs, i, 0, vs.Type, vs.Values, false);
                            DeclarePackageLevel(sym, id);
                        }
                    }
                    if (packageLevel)
                    {
                        _specVars[vs] = syms.Select(s => s.Item1).ToList(); // one per name, blanks included
                    }
                    else
                    {
                        ResolveVarSpec(vs, syms.Select(s => s.Item1).ToList(), target);
                        foreach (var (sym, id) in syms)
                        {
                            Declare(target, sym, id);
                        }
                    }
                    break;
                }
            }
        }
    }

    private void Declare(Scope scope, Symbol sym, Ident id)
    {
        if (id.IsBlank)
        {
            return;
        }
        scope.Replace(sym);
    }

    // ---- Recording helpers ----

    private void RecordDef(Ident id, Symbol sym)
    {
        if (id.IsBlank)
        {
            _t.Definitions.Add(id);
            return;
        }
        _t.Symbols[id] = sym;
        _t.Definitions.Add(id);
    }

    private void RecordUse(Ident id, Symbol sym)
    {
        if (_noRecord == 0)
        {
            _t.Symbols[id] = sym;
        }
    }

    private void Record(Expr e, in Operand op)
    {
        if (_noRecord > 0)
        {
            return;
        }
        if (op.Mode == Mode.Type)
        {
            _t.TypeExprs.Add(e);
        }
        if (e is BasicLit)
        {
            return; // literals are typed on demand by TypeInfo
        }
        if (op.Value is not null)
        {
            _t.Constants[e] = op.Value;
        }
        if (e is Ident id && op.Symbol is not null && ReferenceEquals(op.Symbol.Type, op.Type) || op.Type is UnknownType)
        {
            return; // TypeInfo falls back to the symbol's type, and answers Unknown for what is not recorded
        }
        _t.Types[e] = op.Type;
    }

    private void BindingError(Node at, string message)
    {
        if (_noRecord > 0)
        {
            return;
        }
        var lc = _file.Lines.Position(at.Pos);
        _unit.BindingErrors.Add(new LoadError(_file.Path, lc.Line, lc.Column, message));
    }

    private static GoType Default(GoType t) => t is BasicType b ? b.Default : t;
}
