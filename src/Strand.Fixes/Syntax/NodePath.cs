using System.Collections.Immutable;
using Strand.Syntax.Ast;

namespace Strand.Fixes.Syntax;

/// <summary>
/// The chain of nodes from the file root down to the innermost node that covers a byte range,
/// with queries the planners share (enclosing statement, block, function, loop).
/// </summary>
public sealed class NodePath
{
    private NodePath(ImmutableArray<Node> nodes) => Nodes = nodes;

    /// <summary>Root first, innermost last.</summary>
    public ImmutableArray<Node> Nodes { get; }

    public Node Innermost => Nodes[^1];

    /// <summary>Descends from <paramref name="root"/> while a child covers [start, end).</summary>
    public static NodePath To(Node root, int start, int end)
    {
        var nodes = ImmutableArray.CreateBuilder<Node>();
        nodes.Add(root);
        var current = root;
        // Depth is bounded by the parser's nesting limit; the loop never revisits a node.
        while (true)
        {
            Node? next = null;
            foreach (var child in ChildNodes.Of(current))
            {
                if (child.Pos <= start && end <= child.End && child.End > child.Pos)
                {
                    next = child;
                    break;
                }
            }
            if (next is null)
            {
                return new NodePath(nodes.ToImmutable());
            }
            nodes.Add(next);
            current = next;
        }
    }

    /// <summary>The innermost ancestor (or self) of type <typeparamref name="T"/>.</summary>
    public T? Nearest<T>() where T : Node
    {
        for (var i = Nodes.Length - 1; i >= 0; i--)
        {
            if (Nodes[i] is T t)
            {
                return t;
            }
        }
        return null;
    }

    /// <summary>The parent of <paramref name="node"/> on this path, or null.</summary>
    public Node? ParentOf(Node node)
    {
        var index = Nodes.IndexOf(node);
        return index > 0 ? Nodes[index - 1] : null;
    }

    /// <summary>The innermost statement that sits directly in a block (the unit a planner can wrap).</summary>
    public Stmt? StatementInBlock(out BlockStmt? block)
    {
        for (var i = Nodes.Length - 1; i > 0; i--)
        {
            if (Nodes[i] is Stmt s && Nodes[i - 1] is BlockStmt b)
            {
                block = b;
                return s;
            }
        }
        block = null;
        return null;
    }

    /// <summary>The innermost function (declaration or literal) that contains the path's end.</summary>
    public FunctionScope? Function()
    {
        for (var i = Nodes.Length - 1; i >= 0; i--)
        {
            switch (Nodes[i])
            {
                case FuncLit lit:
                    return new FunctionScope(lit, lit.Type, lit.Body, null);
                case FuncDecl decl when decl.Body is not null:
                    return new FunctionScope(decl, decl.Type, decl.Body, decl);
            }
        }
        return null;
    }
}

/// <summary>A function body with its signature: a <see cref="FuncDecl"/> or a <see cref="FuncLit"/>.</summary>
public sealed record FunctionScope(Node Node, FuncType Type, BlockStmt Body, FuncDecl? Decl);
