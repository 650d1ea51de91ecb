using System.Collections.Immutable;
using Strand.Syntax.Ast;

namespace Strand.Semantics;

/// <summary>
/// The facts the checker recorded for a program, keyed by syntax node. Every query is total:
/// an expression Strand could not type answers <see cref="UnknownType.Instance"/>, an
/// identifier that denotes nothing known answers null. Immutable once the program is loaded.
/// </summary>
public sealed class TypeInfo
{
    private readonly CheckerTables _t;
    private readonly MethodSets _methodSets;

    internal TypeInfo(CheckerTables tables, MethodSets methodSets)
    {
        _t = tables;
        _methodSets = methodSets;
        NamedTypes = [.. tables.NamedTypes];
    }

    /// <summary>Every defined type of the program and the stubs, in deterministic order.</summary>
    public ImmutableArray<NamedType> NamedTypes { get; }

    /// <summary>The type of an expression (or of a type expression: the type it denotes); Unknown when unknown.</summary>
    public GoType TypeOf(Expr e)
    {
        if (_t.Types.TryGetValue(e, out var t))
        {
            return t;
        }
        return e switch
        {
            ParenExpr p => TypeOf(p.X),
            BasicLit lit => Literals.Of(lit).Type,
            Ident id when _t.Symbols.GetValueOrDefault(id) is { } s and not PackageSymbol => s.Type,
            _ => UnknownType.Instance,
        };
    }

    /// <summary>True when the expression denotes a type (rather than a value).</summary>
    public bool IsType(Expr e) => _t.TypeExprs.Contains(e) || e is ParenExpr p && IsType(p.X) || e is Ident id && _t.Symbols.GetValueOrDefault(id) is TypeSymbol;

    /// <summary>The symbol an identifier declares or denotes; null for blanks, unknown members and broken code.</summary>
    public Symbol? SymbolOf(Ident id) => _t.Symbols.GetValueOrDefault(id);

    /// <summary>True when <paramref name="id"/> declares its symbol (rather than using it).</summary>
    public bool IsDefinition(Ident id) => _t.Definitions.Contains(id);

    /// <summary>What a call calls.</summary>
    public CallTarget ResolveCall(CallExpr call) => _t.Calls.GetValueOrDefault(call) ?? CallTarget.Unknown.Instance;

    /// <summary>The value of a constant expression, when known.</summary>
    public ConstValue? ConstantOf(Expr e)
    {
        if (_t.Constants.TryGetValue(e, out var v))
        {
            return v;
        }
        return e switch
        {
            ParenExpr p => ConstantOf(p.X),
            BasicLit lit => Literals.Of(lit).Value,
            Ident { Name: not "iota" } id when _t.Symbols.GetValueOrDefault(id) is ConstSymbol cs => cs.Value,
            _ => null,
        };
    }

    /// <summary>The integer value of a constant expression (buffer sizes, loop bounds, named consts), or null.</summary>
    public long? ConstantInt(Expr e) => ConstantOf(e)?.AsLong();

    /// <summary>The declaration of a function or method (null for interface methods and bodiless stubs declared elsewhere).</summary>
    public FuncDecl? DeclOf(FuncSymbol f) => f.Decl;

    /// <summary>The scope a node opens (GoFile, FuncDecl, FuncLit, BlockStmt, IfStmt, ForStmt, RangeStmt, SwitchStmt, TypeSwitchStmt, CaseClause, CommClause), if any.</summary>
    public Scope? ScopeOf(Node n) => _t.Scopes.GetValueOrDefault(n);

    /// <summary>
    /// For a selector reaching a promoted field or method: the embedded fields traversed, outermost
    /// first (<c>w.jobs</c> with <c>jobs</c> in an embedded <c>*base</c> gives ["base"]); empty otherwise.
    /// </summary>
    public ImmutableArray<string> EmbeddedPathOf(SelectorExpr sel) => _t.EmbeddedPaths.GetValueOrDefault(sel, []);

    /// <summary>The symbol a type switch's <c>x := y.(type)</c> declares in one clause.</summary>
    public VarSymbol? ImplicitOf(CaseClause clause) => _t.Implicits.GetValueOrDefault(clause);

    /// <summary>The concrete methods callable on a value of type <paramref name="t"/> per Go's method-set rules
    /// (T: value receivers; *T: both; promoted through embedding). Interfaces give their abstract methods.</summary>
    public ImmutableArray<FuncSymbol> MethodSet(GoType t) => _methodSets.Of(t);
}
