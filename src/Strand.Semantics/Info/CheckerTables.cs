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
    public List<NamedType> NamedTypes { get; } = [];

    /// <summary>Merges several tables into a new one sized up front (no rehashing of millions of entries).</summary>
    public static CheckerTables MergeAll(IReadOnlyList<CheckerTables> parts)
    {
        var result = new CheckerTables();
        result.Symbols.EnsureCapacity(parts.Sum(p => p.Symbols.Count));
        result.Types.EnsureCapacity(parts.Sum(p => p.Types.Count));
        result.Constants.EnsureCapacity(parts.Sum(p => p.Constants.Count));
        result.Calls.EnsureCapacity(parts.Sum(p => p.Calls.Count));
        result.Scopes.EnsureCapacity(parts.Sum(p => p.Scopes.Count));
        result.Definitions.EnsureCapacity(parts.Sum(p => p.Definitions.Count));
        result.TypeExprs.EnsureCapacity(parts.Sum(p => p.TypeExprs.Count));
        foreach (var p in parts)
        {
            result.MergeFrom(p);
        }
        return result;
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
        Definitions.UnionWith(other.Definitions);
        TypeExprs.UnionWith(other.TypeExprs);
        NamedTypes.AddRange(other.NamedTypes);
    }
}
