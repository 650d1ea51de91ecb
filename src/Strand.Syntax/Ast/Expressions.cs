using System.Collections.Immutable;
using Strand.Syntax.Tokens;

namespace Strand.Syntax.Ast;

/// <summary>Placeholder for an expression that failed to parse.</summary>
public sealed class BadExpr(int pos, int end) : Expr(pos, end);

public sealed class Ident(int pos, int end, string name) : Expr(pos, end)
{
    public string Name { get; } = name;

    public bool IsBlank => Name == "_";

    public override string ToString() => Name;
}

/// <summary><c>...T</c> in a parameter list, or <c>[...]T</c> in an array type (Elt null).</summary>
public sealed class Ellipsis(int pos, int end, Expr? elt) : Expr(pos, end)
{
    public Expr? Elt { get; } = elt;
}

/// <summary>A literal of kind Int, Float, Imag, Char or String; <see cref="Value"/> is the source text.</summary>
public sealed class BasicLit(int pos, int end, Token kind, string value) : Expr(pos, end)
{
    public Token Kind { get; } = kind;
    public string Value { get; } = value;
}

public sealed class FuncLit(int pos, int end, FuncType type, BlockStmt body) : Expr(pos, end)
{
    public FuncType Type { get; } = type;
    public BlockStmt Body { get; } = body;
}

public sealed class CompositeLit(int pos, int end, Expr? type, int lbrace, ImmutableArray<Expr> elts, int rbrace, bool incomplete)
    : Expr(pos, end)
{
    public Expr? Type { get; } = type;
    public int Lbrace { get; } = lbrace;
    public ImmutableArray<Expr> Elts { get; } = elts;
    public int Rbrace { get; } = rbrace;
    public bool Incomplete { get; } = incomplete;
}

public sealed class ParenExpr(int pos, int end, Expr x) : Expr(pos, end)
{
    public Expr X { get; } = x;

    /// <summary>The expression inside all enclosing parentheses (computed once, so deep nesting stays linear).</summary>
    public Expr Unparenthesized { get; } = x is ParenExpr p ? p.Unparenthesized : x;
}

public sealed class SelectorExpr(int pos, int end, Expr x, Ident sel) : Expr(pos, end)
{
    public Expr X { get; } = x;
    public Ident Sel { get; } = sel;
}

/// <summary><c>x[i]</c>: an index, or an instantiation with one type argument.</summary>
public sealed class IndexExpr(int pos, int end, Expr x, int lbrack, Expr index, int rbrack) : Expr(pos, end)
{
    public Expr X { get; } = x;
    public int Lbrack { get; } = lbrack;
    public Expr Index { get; } = index;
    public int Rbrack { get; } = rbrack;
}

/// <summary><c>x[A, B]</c>: an instantiation with several type arguments.</summary>
public sealed class IndexListExpr(int pos, int end, Expr x, int lbrack, ImmutableArray<Expr> indices, int rbrack)
    : Expr(pos, end)
{
    public Expr X { get; } = x;
    public int Lbrack { get; } = lbrack;
    public ImmutableArray<Expr> Indices { get; } = indices;
    public int Rbrack { get; } = rbrack;
}

public sealed class SliceExpr(int pos, int end, Expr x, int lbrack, Expr? low, Expr? high, Expr? max, bool slice3, int rbrack)
    : Expr(pos, end)
{
    public Expr X { get; } = x;
    public int Lbrack { get; } = lbrack;
    public Expr? Low { get; } = low;
    public Expr? High { get; } = high;
    public Expr? Max { get; } = max;
    public bool Slice3 { get; } = slice3;
    public int Rbrack { get; } = rbrack;
}

/// <summary><c>x.(T)</c>; <see cref="Type"/> is null for <c>x.(type)</c> in a type switch.</summary>
public sealed class TypeAssertExpr(int pos, int end, Expr x, int lparen, Expr? type, int rparen) : Expr(pos, end)
{
    public Expr X { get; } = x;
    public int Lparen { get; } = lparen;
    public Expr? Type { get; } = type;
    public int Rparen { get; } = rparen;
}

public sealed class CallExpr(int pos, int end, Expr fun, int lparen, ImmutableArray<Expr> args, int ellipsis, int rparen)
    : Expr(pos, end)
{
    public Expr Fun { get; } = fun;
    public int Lparen { get; } = lparen;
    public ImmutableArray<Expr> Args { get; } = args;

    /// <summary>Position of a trailing <c>...</c> in the arguments, or <see cref="Node.NoPos"/>.</summary>
    public int Ellipsis { get; } = ellipsis;

    public int Rparen { get; } = rparen;

    public bool HasEllipsis => Ellipsis != NoPos;
}

/// <summary><c>*x</c>: a dereference or a pointer type.</summary>
public sealed class StarExpr(int pos, int end, Expr x) : Expr(pos, end)
{
    public Expr X { get; } = x;
}

/// <summary>A unary expression; <c>&lt;-ch</c> (receive) has Op <see cref="Token.Arrow"/>; <c>~T</c> has Op Tilde.</summary>
public sealed class UnaryExpr(int pos, int end, Token op, Expr x) : Expr(pos, end)
{
    public Token Op { get; } = op;
    public Expr X { get; } = x;
}

public sealed class BinaryExpr(int pos, int end, Expr x, int opPos, Token op, Expr y) : Expr(pos, end)
{
    public Expr X { get; } = x;
    public int OpPos { get; } = opPos;
    public Token Op { get; } = op;
    public Expr Y { get; } = y;
}

public sealed class KeyValueExpr(int pos, int end, Expr key, int colon, Expr value) : Expr(pos, end)
{
    public Expr Key { get; } = key;
    public int Colon { get; } = colon;
    public Expr Value { get; } = value;
}
