using Strand.Syntax.Ast;

namespace Strand.Semantics;

public enum ScopeKind
{
    Universe,
    Package,
    File,
    Function,
    Block,
}

/// <summary>
/// A lexical scope: a map from names to symbols with a parent. Package scopes hold every
/// package-level declaration of all files; file scopes hold imports; function scopes hold type
/// parameters, receiver, parameters and results; blocks and clauses nest below.
/// </summary>
public sealed class Scope
{
    // Allocated on first declaration: most block scopes declare nothing.
    private Dictionary<string, Symbol>? _symbols;

    public Scope(Scope? parent, ScopeKind kind, Node? node)
    {
        Parent = parent;
        Kind = kind;
        Node = node;
    }

    public Scope? Parent { get; }
    public ScopeKind Kind { get; }

    /// <summary>The syntax node that opens this scope (file, func, block, clause), null for universe and package.</summary>
    public Node? Node { get; }

    public IEnumerable<string> Names => _symbols is null ? [] : _symbols.Keys.Order(StringComparer.Ordinal);

    public int Count => _symbols?.Count ?? 0;

    /// <summary>The symbol declared in this scope only.</summary>
    public Symbol? Lookup(string name) => _symbols?.GetValueOrDefault(name);

    /// <summary>The innermost symbol named <paramref name="name"/> in this scope or its parents.</summary>
    public Symbol? LookupParent(string name)
    {
        for (var s = this; s is not null; s = s.Parent)
        {
            if (s._symbols is not null && s._symbols.TryGetValue(name, out var sym))
            {
                return sym;
            }
        }
        return null;
    }

    /// <summary>Declares <paramref name="symbol"/>; returns the existing symbol (and keeps it) on a redeclaration.</summary>
    internal Symbol? Insert(Symbol symbol)
    {
        _symbols ??= new Dictionary<string, Symbol>(StringComparer.Ordinal);
        if (_symbols.TryAdd(symbol.Name, symbol))
        {
            return null;
        }
        return _symbols[symbol.Name];
    }

    internal void Replace(Symbol symbol) => (_symbols ??= new Dictionary<string, Symbol>(StringComparer.Ordinal))[symbol.Name] = symbol;
}
