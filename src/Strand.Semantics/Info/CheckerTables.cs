using Strand.Syntax.Ast;

namespace Strand.Semantics;

/// <summary>Side tables the checker fills (one per package while checking in parallel, merged at the end).</summary>
internal sealed class CheckerTables
{
    public Dictionary<Ident, Symbol> Symbols { get; } = [];
    public Dictionary<Expr, GoType> Types { get; } = [];
    public Dictionary<Expr, ConstValue> Constants { get; } = [];
    public Dictionary<CallExpr, CallTarget> Calls { get; } = [];
    public Dictionary<Node, Scope> Scopes { get; } = [];
    public Dictionary<CaseClause, VarSymbol> Implicits { get; } = [];
    public HashSet<Ident> Definitions { get; } = [];
    public HashSet<Expr> TypeExprs { get; } = [];
    public Dictionary<SelectorExpr, System.Collections.Immutable.ImmutableArray<string>> EmbeddedPaths { get; } = [];
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
            () => MergeSet(r.Definitions, parts.Select(p => p.Definitions)),
            () => MergeSet(r.TypeExprs, parts.Select(p => p.TypeExprs)));
        foreach (var p in parts)
        {
            r.NamedTypes.AddRange(p.NamedTypes);
        }
        return r;
    }

    private static void Merge<TKey, TValue>(Dictionary<TKey, TValue> target, IEnumerable<Dictionary<TKey, TValue>> sources)
        where TKey : notnull
    {
        var list = sources.ToList();
        target.EnsureCapacity(list.Sum(d => d.Count));
        foreach (var d in list)
        {
            foreach (var kv in d)
            {
                target[kv.Key] = kv.Value;
            }
        }
    }

    private static void MergeSet<T>(HashSet<T> target, IEnumerable<HashSet<T>> sources)
    {
        var list = sources.ToList();
        target.EnsureCapacity(list.Sum(d => d.Count));
        foreach (var d in list)
        {
            target.UnionWith(d);
        }
    }

    public void MergeFrom(CheckerTables other)
    {
        foreach (var kv in other.Symbols)
        {
            Symbols[kv.Key] = kv.Value;
        }
        foreach (var kv in other.Types)
        {
            Types[kv.Key] = kv.Value;
        }
        foreach (var kv in other.Constants)
        {
            Constants[kv.Key] = kv.Value;
        }
        foreach (var kv in other.Calls)
        {
            Calls[kv.Key] = kv.Value;
        }
        foreach (var kv in other.Scopes)
        {
            Scopes[kv.Key] = kv.Value;
        }
        foreach (var kv in other.Implicits)
        {
            Implicits[kv.Key] = kv.Value;
        }
        foreach (var kv in other.EmbeddedPaths)
        {
            EmbeddedPaths[kv.Key] = kv.Value;
        }
        Definitions.UnionWith(other.Definitions);
        TypeExprs.UnionWith(other.TypeExprs);
        NamedTypes.AddRange(other.NamedTypes);
    }
}
