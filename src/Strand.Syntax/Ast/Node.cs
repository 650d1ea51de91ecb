namespace Strand.Syntax.Ast;

/// <summary>
/// Base of every syntax node. Positions are 0-based byte offsets into the file's UTF-8 text:
/// <see cref="Pos"/> is the first byte of the node, <see cref="End"/> the byte just after it
/// (the same convention as go/ast's Pos and End). <see cref="NoPos"/> marks an absent position.
/// Nodes are immutable; later stages keep their facts in side tables keyed by node.
/// </summary>
public abstract class Node(int pos, int end)
{
    public const int NoPos = -1;

    public int Pos { get; } = pos;
    public int End { get; } = end;
}

/// <summary>An expression or a type (Go's grammar does not separate them syntactically).</summary>
public abstract class Expr(int pos, int end) : Node(pos, end);

public abstract class Stmt(int pos, int end) : Node(pos, end);

public abstract class Decl(int pos, int end) : Node(pos, end);

public abstract class Spec(int pos, int end) : Node(pos, end);
