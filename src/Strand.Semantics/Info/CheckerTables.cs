using Strand.Syntax.Ast;

namespace Strand.Semantics;

/// <summary>Side tables the checker fills (one per package while checking in parallel, merged at the end).</summary>
internal sealed class CheckerTables
{
    public NodeMap<Ident, Symbol> Symbols { get; } = new();
    public NodeMap<Expr, GoType> Types { get; } = new();
    public NodeMap<Expr, ConstValue> Constants { get; } = new();
    public NodeMap<CallExpr, CallTarget> Calls { get; } = new();
    public NodeMap<Node, Scope> Scopes { get; } = new();
    public NodeMap<CaseClause, VarSymbol> Implicits { get; } = new();
    public NodeSet<Ident> Definitions { get; } = new();
    public NodeSet<Expr> TypeExprs { get; } = new();
    public NodeMap<SelectorExpr, System.Collections.Immutable.ImmutableArray<string>> EmbeddedPaths { get; } = new();
    public List<NamedType> NamedTypes { get; } = [];

    /// <summary>Merges several tables into a new one: each table kind is sized up front and filled on its own thread.</summary>
    public static CheckerTables MergeAll(IReadOnlyList<CheckerTables> parts)
    {
        var r = new CheckerTables();
        Parallel.Invoke(
            () => Merge(r.Symbols, parts.Select(p => p.Symbols)),
            () => Merge(r.Types, parts.Select(p => p.Types)),
            () => Merge(r.Constants, parts.Select(p => p.Constants)),
            () => Merge(r.Calls, parts.Select(p => p.Calls)),
            () => Merge(r.Scopes, parts.Select(p => p.Scopes)),
            () => Merge(r.Implicits, parts.Select(p => p.Implicits)),
            () => Merge(r.EmbeddedPaths, parts.Select(p => p.EmbeddedPaths)),
            () => Merge(r.Definitions.Map, parts.Select(p => p.Definitions.Map)),
            () => Merge(r.TypeExprs.Map, parts.Select(p => p.TypeExprs.Map)));
        foreach (var p in parts)
        {
            r.NamedTypes.AddRange(p.NamedTypes);
        }
        return r;
    }

    private static void Merge<TKey, TValue>(NodeMap<TKey, TValue> target, IEnumerable<NodeMap<TKey, TValue>> sources)
        where TKey : class
    {
        var list = sources.ToList();
        target.EnsureCapacity(target.Count + list.Sum(d => d.Count));
        foreach (var d in list)
        {
            target.AddAll(d);
        }
    }

    public void MergeFrom(CheckerTables other)
    {
        Symbols.AddAll(other.Symbols);
        Types.AddAll(other.Types);
        Constants.AddAll(other.Constants);
        Calls.AddAll(other.Calls);
        Scopes.AddAll(other.Scopes);
        Implicits.AddAll(other.Implicits);
        EmbeddedPaths.AddAll(other.EmbeddedPaths);
        Definitions.AddAll(other.Definitions);
        TypeExprs.AddAll(other.TypeExprs);
        NamedTypes.AddRange(other.NamedTypes);
    }
}
