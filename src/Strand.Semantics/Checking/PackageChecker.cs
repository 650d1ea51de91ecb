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
                    if (!packageLevel)
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

    // ---- Lazy resolution ----

    /// <summary>Resolves a package-level (or local) declared symbol's type and value once; a cycle leaves it Unknown.</summary>
    private void Resolve(Symbol sym)
    {
        if (!_decls.TryGetValue(sym, out var info) || !_resolving.Add(sym))
        {
            return;
        }
        _decls.Remove(sym);
        var (savedFile, savedOwner, savedIota, savedFunc) = (_file, _owner, _iota, _func);
        _file = info.File;
        _owner = info.Owner;
        if (info.FileScope.Kind == ScopeKind.File)
        {
            _func = null; // package-level declarations are outside any function
        }
        try
        {
            switch (sym)
            {
                case TypeSymbol ts:
                    ResolveTypeDecl(ts, (TypeSpec)info.Spec!, info.FileScope);
                    break;
                case ConstSymbol cs:
                    ResolveConst(cs, info);
                    break;
                case VarSymbol vs when info.Spec is ValueSpec spec:
                    // All names of the spec are resolved together (a, b = f()).
                    var siblings = new List<VarSymbol>();
                    foreach (var name in spec.Names)
                    {
                        if (_t.Symbols.GetValueOrDefault(name) is VarSymbol other)
                        {
                            siblings.Add(other);
                            if (!ReferenceEquals(other, vs))
                            {
                                _decls.Remove(other);
                                _resolving.Add(other);
                            }
                        }
                    }
                    ResolveVarSpec(spec, siblings, info.FileScope);
                    break;
                case FuncSymbol fs:
                    ResolveFuncSignature(fs, info.FileScope);
                    break;
            }
        }
        finally
        {
            (_file, _owner, _iota, _func) = (savedFile, savedOwner, savedIota, savedFunc);
        }
    }

    /// <summary>Makes sure a symbol met by an identifier is resolved before its type is used.</summary>
    private void EnsureResolved(Symbol sym)
    {
        if (_decls.ContainsKey(sym))
        {
            Resolve(sym);
        }
    }

    private void ResolveTypeDecl(TypeSymbol ts, TypeSpec spec, Scope scope)
    {
        if (spec.TypeParams is { List.IsEmpty: false } tparams && ts.Type is NamedType generic)
        {
            var tscope = new Scope(scope, ScopeKind.Block, spec);
            _t.Scopes[spec] = tscope;
            generic.TypeParams = DeclareTypeParams(tparams, tscope);
            scope = tscope;
        }
        var underlying = TypeExpr(spec.Type, scope);
        if (ts.IsAlias)
        {
            ts.Type = underlying;
            return;
        }
        var named = (NamedType)ts.Type;
        named.SetUnderlying(underlying);
        if ((_stubPath is not null || _twin?.Scope.Lookup(named.Name) is TypeSymbol { Type.Underlying: InterfaceType }) && underlying is InterfaceType iface)
        {
            foreach (var m in iface.Methods)
            {
                if (m.Symbol is { StdPath: null } ms && ReferenceEquals(ms.Interface, iface))
                {
                    ms.StdPath = $"{_pkgPath}.{named.Name}.{m.Name}";
                }
            }
        }
    }

    private ImmutableArray<TypeParamType> DeclareTypeParams(FieldList list, Scope scope)
    {
        var result = ImmutableArray.CreateBuilder<TypeParamType>();
        var pending = new List<(TypeParamType, Expr?)>();
        foreach (var field in list.List)
        {
            foreach (var id in field.Names)
            {
                var sym = new TypeSymbol(id.Name, _owner, id, _file);
                var tp = new TypeParamType(id.Name, result.Count, sym);
                sym.Type = tp;
                RecordDef(id, sym);
                Declare(scope, sym, id);
                result.Add(tp);
                pending.Add((tp, field.Type));
            }
        }
        // Constraints may mention any of the type parameters, so they are resolved after declaring all.
        foreach (var (tp, constraint) in pending)
        {
            if (constraint is null)
            {
                continue;
            }
            var c = ConstraintExpr(constraint, scope, out var core);
            tp.Constraint = c;
            tp.CoreType = core;
        }
        return result.ToImmutable();
    }

    private void ResolveConst(ConstSymbol cs, DeclInfo info)
    {
        _iota = ConstValue.OfInt(info.Iota);
        if (info.Index >= info.Values.Length)
        {
            cs.Type = info.Type is null ? UnknownType.Instance : TypeExpr(info.Type, info.FileScope);
            return;
        }
        if (info.Inherited)
        {
            _noRecord++;
        }
        try
        {
            var declared = info.Type is null ? null : info.Inherited ? TypeExprQuiet(info.Type, info.FileScope) : TypeExpr(info.Type, info.FileScope);
            var op = Check(info.Values[info.Index], info.FileScope);
            if (declared is not null)
            {
                cs.Type = declared;
                cs.Value = ConstFolder.Convert(op.Value, declared) ?? (declared.IsUnknown ? op.Value : null);
            }
            else
            {
                cs.Type = op.Type;
                cs.Value = op.Value;
            }
        }
        finally
        {
            if (info.Inherited)
            {
                _noRecord--;
            }
        }
    }

    private GoType TypeExprQuiet(Expr e, Scope scope)
    {
        _noRecord++;
        try
        {
            return TypeExpr(e, scope);
        }
        finally
        {
            _noRecord--;
        }
    }

    private void ResolveVarSpec(ValueSpec spec, List<VarSymbol> syms, Scope scope)
    {
        var declared = spec.Type is null ? null : TypeExpr(spec.Type, scope);
        var types = new GoType[syms.Count];
        if (spec.Values.Length == 1 && syms.Count > 1)
        {
            var op = Check(spec.Values[0], scope, declared);
            var tuple = TupleOf(spec.Values[0], op, syms.Count);
            for (var i = 0; i < types.Length; i++)
            {
                types[i] = i < tuple.Length ? tuple[i] : UnknownType.Instance;
            }
        }
        else
        {
            for (var i = 0; i < spec.Values.Length; i++)
            {
                var op = Check(spec.Values[i], scope, declared);
                if (i < types.Length)
                {
                    types[i] = Default(op.Type);
                }
            }
        }
        for (var i = 0; i < syms.Count; i++)
        {
            syms[i].Type = declared ?? types[i] ?? UnknownType.Instance;
        }
    }

    private void ResolveFuncSignature(FuncSymbol fs, Scope fileScope)
    {
        var decl = fs.Decl!;
        var scope = new Scope(fileScope, ScopeKind.Function, decl);
        _t.Scopes[decl] = scope;
        ImmutableArray<TypeParamType> tparams = [];
        if (decl.Recv is { List.IsEmpty: false } recv)
        {
            // Receiver type parameters (func (l *List[T]) ...) name the receiver type's own parameters.
            var rt = recv.List[0].Type;
            while (rt is ParenExpr or StarExpr)
            {
                rt = rt is ParenExpr p ? p.X : ((StarExpr)rt).X;
            }
            var rparams = rt switch
            {
                IndexExpr ix => [ix.Index],
                IndexListExpr il => il.Indices,
                _ => ImmutableArray<Expr>.Empty,
            };
            var origin = fs.Receiver?.Origin;
            for (var i = 0; i < rparams.Length; i++)
            {
                if (rparams[i] is Ident id && !id.IsBlank)
                {
                    var sym = new TypeSymbol(id.Name, _owner, id, _file);
                    sym.Type = origin is not null && i < origin.TypeParams.Length ? origin.TypeParams[i] : new TypeParamType(id.Name, i, sym);
                    RecordDef(id, sym);
                    Declare(scope, sym, id);
                }
            }
        }
        if (decl.Type.TypeParams is { List.IsEmpty: false } tp)
        {
            tparams = DeclareTypeParams(tp, scope);
        }
        var sig = Signature(decl.Type, scope, declare: true, owner: decl, kindOverride: null);
        if (!tparams.IsEmpty)
        {
            sig = new SignatureType(sig.Params, sig.Results, sig.Variadic) { TypeParams = tparams };
        }
        fs.Type = sig;
        if (decl.Recv is { List.IsEmpty: false } r && r.List[0].Type is { } recvType)
        {
            var rtype = TypeExpr(recvType, scope);
            DeclareParams(r, scope, decl, VarKind.Receiver, new Dictionary<Field, GoType>(ReferenceEqualityComparer.Instance) { [r.List[0]] = rtype });
        }
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
