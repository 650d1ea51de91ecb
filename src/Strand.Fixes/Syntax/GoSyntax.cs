using Strand.Syntax.Ast;
using Strand.Syntax.Tokens;

namespace Strand.Fixes.Syntax;

/// <summary>A receive written as a statement: <c>&lt;-ch</c>, <c>v := &lt;-ch</c>, <c>v, ok = &lt;-ch</c>.</summary>
public sealed record ReceiveStatement(Stmt Statement, UnaryExpr Receive, AssignStmt? Assign)
{
    public Expr Channel => Receive.X;

    /// <summary>True for <c>:=</c>: the names it declares live only in the statement's block.</summary>
    public bool Defines => Assign?.Tok == Token.Define;
}

/// <summary>Small syntactic queries the planners share.</summary>
public static class GoSyntax
{
    /// <summary><c>make(chan T)</c> or <c>make(chan T, n)</c>.</summary>
    public static bool IsMakeChan(Node node, out CallExpr call)
    {
        call = null!;
        if (node is CallExpr c && Unparen(c.Fun) is Ident { Name: "make" } && c.Args.Length is 1 or 2 && Unparen(c.Args[0]) is ChanType)
        {
            call = c;
            return true;
        }
        return false;
    }

    public static Expr Unparen(Expr e)
    {
        while (e is ParenExpr p)
        {
            e = p.X;
        }
        return e;
    }

    /// <summary>Recognises a statement that is a receive (and nothing more).</summary>
    public static ReceiveStatement? AsReceive(Stmt? statement) => statement switch
    {
        ExprStmt { X: var x } when Unparen(x) is UnaryExpr { Op: Token.Arrow } r => new ReceiveStatement(statement, r, null),
        AssignStmt { Tok: Token.Define or Token.Assign, Rhs.Length: 1 } a when Unparen(a.Rhs[0]) is UnaryExpr { Op: Token.Arrow } r && a.Lhs.Length <= 2
            => new ReceiveStatement(statement, r, a),
        _ => null,
    };

    /// <summary>Every node under <paramref name="root"/> (itself included), depth first in source order.</summary>
    public static IEnumerable<Node> Descendants(Node root)
    {
        var stack = new Stack<Node>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            var children = ChildNodes.Of(node).ToList();
            for (var i = children.Count - 1; i >= 0; i--)
            {
                stack.Push(children[i]);
            }
        }
    }

    /// <summary>Descendants that do not enter nested function literals (their code runs elsewhere).</summary>
    public static IEnumerable<Node> DescendantsInFunction(Node root)
    {
        var stack = new Stack<Node>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            var children = ChildNodes.Of(node).Where(c => c is not FuncLit).ToList();
            for (var i = children.Count - 1; i >= 0; i--)
            {
                stack.Push(children[i]);
            }
        }
    }

    /// <summary>True when any identifier under the nodes is named one of <paramref name="names"/>.</summary>
    public static bool Mentions(IEnumerable<Node> nodes, IReadOnlySet<string> names) =>
        nodes.SelectMany(Descendants).Any(n => n is Ident id && names.Contains(id.Name));

    /// <summary>
    /// True when an unlabelled <c>break</c> under <paramref name="statements"/> would target the
    /// enclosing loop or switch (moving such code into a select case would change what it breaks).
    /// </summary>
    public static bool HasBareBreak(IEnumerable<Stmt> statements)
    {
        foreach (var statement in statements)
        {
            if (BareBreakIn(statement))
            {
                return true;
            }
        }
        return false;
    }

    private static bool BareBreakIn(Node node)
    {
        switch (node)
        {
            case BranchStmt { Tok: Token.Break, Label: null }:
                return true;
            case ForStmt or RangeStmt or SwitchStmt or TypeSwitchStmt or SelectStmt or FuncLit:
                return false; // a break in there targets that statement
        }
        return ChildNodes.Of(node).Any(BareBreakIn);
    }

    /// <summary>The import name under which <paramref name="path"/> is visible in the file, or null.</summary>
    public static string? ImportName(GoFile file, string path)
    {
        foreach (var spec in file.Imports)
        {
            if (spec.Path.Value.Trim('"', '`') != path)
            {
                continue;
            }
            if (spec.Name is null)
            {
                return path[(path.LastIndexOf('/') + 1)..];
            }
            return spec.Name.Name is "_" or "." ? null : spec.Name.Name;
        }
        return null;
    }

    /// <summary>True for the type expression <c>context.Context</c> under the file's import name.</summary>
    public static bool IsContextType(GoFile file, Expr? type) =>
        type is SelectorExpr { X: Ident pkg, Sel.Name: "Context" } && pkg.Name == ImportName(file, "context");
}
