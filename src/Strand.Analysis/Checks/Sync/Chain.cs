using Strand.Semantics;
using Strand.Syntax.Ast;

namespace Strand.Analysis.Checks.Sync;

/// <summary>
/// A selector chain rooted at a variable (<c>mu</c>, <c>c.mu</c>, <c>s.inner.wg</c>): the way the
/// simple checks name a lock or a WaitGroup inside one function. Two chains are the same object
/// when their root variable is the same symbol and their field paths are equal.
/// </summary>
internal sealed record Chain(VarSymbol Root, string Path, string Text)
{
    public bool Equals(Chain? other) =>
        other is not null && ReferenceEquals(Root, other.Root) && Path == other.Path;

    public override int GetHashCode() => HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Root), Path);

    /// <summary>True when this chain is <paramref name="prefix"/> or lies below it (<c>c.mu</c> under <c>c</c>).</summary>
    public bool IsUnder(Chain prefix) =>
        ReferenceEquals(Root, prefix.Root) && (Path == prefix.Path || Path.StartsWith(prefix.Path + ".", StringComparison.Ordinal));

    /// <summary>This chain extended by a field (an embedded mutex reached by promotion).</summary>
    public Chain Extend(string field) => new(Root, Path + "." + field, Text + "." + field);

    public override string ToString() => Text;
}

internal static class Chains
{
    /// <summary>Parentheses, <c>*x</c> and <c>&amp;x</c> do not change which object a chain names.</summary>
    public static Expr Strip(Expr e)
    {
        for (var i = 0; i < 64; i++)
        {
            switch (e)
            {
                case ParenExpr p:
                    e = p.X;
                    break;
                case StarExpr s:
                    e = s.X;
                    break;
                case UnaryExpr { Op: Strand.Syntax.Tokens.Token.And } u:
                    e = u.X;
                    break;
                default:
                    return e;
            }
        }
        return e;
    }

    /// <summary>The chain <paramref name="e"/> names, or null when it is not a plain variable/field chain.</summary>
    public static Chain? Of(Expr e, TypeInfo info)
    {
        // Iterative: a selector chain in hostile input can be arbitrarily long.
        var fields = new List<string>();
        e = Strip(e);
        while (true)
        {
            switch (e)
            {
                case Ident id when info.SymbolOf(id) is VarSymbol { Kind: not VarKind.Field } v:
                    return Build(v, id.Name, fields);
                case SelectorExpr { X: Ident pkg } sel when info.SymbolOf(pkg) is PackageSymbol:
                    return info.SymbolOf(sel.Sel) is VarSymbol { Kind: VarKind.Global } g
                        ? Build(g, pkg.Name + "." + sel.Sel.Name, fields)
                        : null;
                case SelectorExpr sel:
                    fields.Add(sel.Sel.Name);
                    e = Strip(sel.X);
                    break;
                default:
                    return null;
            }
        }
    }

    private static Chain Build(VarSymbol root, string rootText, List<string> fieldsInnermostLast)
    {
        var path = new System.Text.StringBuilder();
        for (var i = fieldsInnermostLast.Count - 1; i >= 0; i--)
        {
            path.Append('.').Append(fieldsInnermostLast[i]);
        }
        return new Chain(root, path.ToString(), rootText + path);
    }
}
