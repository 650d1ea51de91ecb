using System.Collections.Immutable;
using Strand.Syntax.Tokens;

namespace Strand.Syntax.Ast;

/// <summary>Placeholder for a statement that failed to parse.</summary>
public sealed class BadStmt(int pos, int end) : Stmt(pos, end);

public sealed class DeclStmt(int pos, int end, GenDecl decl) : Stmt(pos, end)
{
    public GenDecl Decl { get; } = decl;
}

/// <summary>An empty statement; <see cref="Implicit"/> when the semicolon was inserted automatically.</summary>
public sealed class EmptyStmt(int pos, int end, bool @implicit) : Stmt(pos, end)
{
    public bool Implicit { get; } = @implicit;
}

public sealed class LabeledStmt(int pos, int end, Ident label, int colon, Stmt stmt) : Stmt(pos, end)
{
    public Ident Label { get; } = label;
    public int Colon { get; } = colon;
    public Stmt Stmt { get; } = stmt;
}

public sealed class ExprStmt(int pos, int end, Expr x) : Stmt(pos, end)
{
    public Expr X { get; } = x;
}

public sealed class SendStmt(int pos, int end, Expr chan, int arrow, Expr value) : Stmt(pos, end)
{
    public Expr Chan { get; } = chan;
    public int Arrow { get; } = arrow;
    public Expr Value { get; } = value;
}

/// <summary><c>x++</c> or <c>x--</c> (Tok is Inc or Dec).</summary>
public sealed class IncDecStmt(int pos, int end, Expr x, int tokPos, Token tok) : Stmt(pos, end)
{
    public Expr X { get; } = x;
    public int TokPos { get; } = tokPos;
    public Token Tok { get; } = tok;
}

/// <summary>An assignment or short variable declaration (Tok is Assign, Define or an op-assign).</summary>
public sealed class AssignStmt(int pos, int end, ImmutableArray<Expr> lhs, int tokPos, Token tok, ImmutableArray<Expr> rhs)
    : Stmt(pos, end)
{
    public ImmutableArray<Expr> Lhs { get; } = lhs;
    public int TokPos { get; } = tokPos;
    public Token Tok { get; } = tok;
    public ImmutableArray<Expr> Rhs { get; } = rhs;
}

/// <summary><c>go f(x)</c>. <see cref="Call"/> is the call as written (a BadExpr-backed call after errors).</summary>
public sealed class GoStmt(int pos, int end, CallExpr call) : Stmt(pos, end)
{
    public CallExpr Call { get; } = call;
}

public sealed class DeferStmt(int pos, int end, CallExpr call) : Stmt(pos, end)
{
    public CallExpr Call { get; } = call;
}

public sealed class ReturnStmt(int pos, int end, ImmutableArray<Expr> results) : Stmt(pos, end)
{
    public ImmutableArray<Expr> Results { get; } = results;
}

/// <summary><c>break</c>, <c>continue</c>, <c>goto</c> or <c>fallthrough</c>, with an optional label.</summary>
public sealed class BranchStmt(int pos, int end, Token tok, Ident? label) : Stmt(pos, end)
{
    public Token Tok { get; } = tok;
    public Ident? Label { get; } = label;
}

public sealed class BlockStmt(int pos, int end, int lbrace, ImmutableArray<Stmt> list, int rbrace) : Stmt(pos, end)
{
    public int Lbrace { get; } = lbrace;
    public ImmutableArray<Stmt> List { get; } = list;

    /// <summary>Position of the closing brace, or <see cref="Node.NoPos"/> when it is missing.</summary>
    public int Rbrace { get; } = rbrace;
}

public sealed class IfStmt(int pos, int end, Stmt? init, Expr cond, BlockStmt body, Stmt? @else) : Stmt(pos, end)
{
    public Stmt? Init { get; } = init;
    public Expr Cond { get; } = cond;
    public BlockStmt Body { get; } = body;

    /// <summary>An <see cref="IfStmt"/>, a <see cref="BlockStmt"/>, or null.</summary>
    public Stmt? Else { get; } = @else;
}

/// <summary>A case of an expression or type switch; <see cref="List"/> is empty for <c>default</c>.</summary>
public sealed class CaseClause(int pos, int end, bool isDefault, ImmutableArray<Expr> list, int colon, ImmutableArray<Stmt> body)
    : Stmt(pos, end)
{
    public bool IsDefault { get; } = isDefault;
    public ImmutableArray<Expr> List { get; } = list;
    public int Colon { get; } = colon;
    public ImmutableArray<Stmt> Body { get; } = body;
}

public sealed class SwitchStmt(int pos, int end, Stmt? init, Expr? tag, BlockStmt body) : Stmt(pos, end)
{
    public Stmt? Init { get; } = init;
    public Expr? Tag { get; } = tag;

    /// <summary>A block whose statements are all <see cref="CaseClause"/>s.</summary>
    public BlockStmt Body { get; } = body;
}

/// <summary><c>switch [init;] [x :=] y.(type) { ... }</c>; Assign is an ExprStmt or an AssignStmt.</summary>
public sealed class TypeSwitchStmt(int pos, int end, Stmt? init, Stmt assign, BlockStmt body) : Stmt(pos, end)
{
    public Stmt? Init { get; } = init;
    public Stmt Assign { get; } = assign;
    public BlockStmt Body { get; } = body;
}

/// <summary>A case of a select; <see cref="Comm"/> is null for <c>default</c>.</summary>
public sealed class CommClause(int pos, int end, Stmt? comm, int colon, ImmutableArray<Stmt> body) : Stmt(pos, end)
{
    /// <summary>A <see cref="SendStmt"/>, or a receive as ExprStmt / AssignStmt; null for default.</summary>
    public Stmt? Comm { get; } = comm;

    public int Colon { get; } = colon;
    public ImmutableArray<Stmt> Body { get; } = body;
}

public sealed class SelectStmt(int pos, int end, BlockStmt body) : Stmt(pos, end)
{
    /// <summary>A block whose statements are all <see cref="CommClause"/>s.</summary>
    public BlockStmt Body { get; } = body;
}

public sealed class ForStmt(int pos, int end, Stmt? init, Expr? cond, Stmt? post, BlockStmt body) : Stmt(pos, end)
{
    public Stmt? Init { get; } = init;
    public Expr? Cond { get; } = cond;
    public Stmt? Post { get; } = post;
    public BlockStmt Body { get; } = body;
}

/// <summary><c>for [k [, v] (=|:=)] range x { ... }</c>; Tok is Illegal when there is no key.</summary>
public sealed class RangeStmt(int pos, int end, Expr? key, Expr? value, int tokPos, Token tok, int range, Expr x, BlockStmt body)
    : Stmt(pos, end)
{
    public Expr? Key { get; } = key;
    public Expr? Value { get; } = value;
    public int TokPos { get; } = tokPos;
    public Token Tok { get; } = tok;
    public int Range { get; } = range;
    public Expr X { get; } = x;
    public BlockStmt Body { get; } = body;
}
