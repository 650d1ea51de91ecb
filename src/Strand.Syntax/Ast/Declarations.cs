using System.Collections.Immutable;
using Strand.Syntax.Tokens;

namespace Strand.Syntax.Ast;

public sealed class ImportSpec(int pos, int end, CommentGroup? doc, Ident? name, BasicLit path, CommentGroup? comment)
    : Spec(pos, end)
{
    public CommentGroup? Doc { get; } = doc;

    /// <summary>Local name (may be <c>.</c> or <c>_</c>), or null for the package's own name.</summary>
    public Ident? Name { get; } = name;

    public BasicLit Path { get; } = path;
    public CommentGroup? Comment { get; } = comment;
}

/// <summary>A const or var spec: <c>names [type] [= values]</c>.</summary>
public sealed class ValueSpec(int pos, int end, CommentGroup? doc, ImmutableArray<Ident> names, Expr? type, ImmutableArray<Expr> values, CommentGroup? comment)
    : Spec(pos, end)
{
    public CommentGroup? Doc { get; } = doc;
    public ImmutableArray<Ident> Names { get; } = names;
    public Expr? Type { get; } = type;
    public ImmutableArray<Expr> Values { get; } = values;
    public CommentGroup? Comment { get; } = comment;
}

/// <summary><c>type Name[TypeParams] Type</c>, or an alias when <see cref="Assign"/> is set.</summary>
public sealed class TypeSpec(int pos, int end, CommentGroup? doc, Ident name, FieldList? typeParams, int assign, Expr type, CommentGroup? comment)
    : Spec(pos, end)
{
    public CommentGroup? Doc { get; } = doc;
    public Ident Name { get; } = name;
    public FieldList? TypeParams { get; } = typeParams;

    /// <summary>Position of <c>=</c> for an alias, else <see cref="Node.NoPos"/>.</summary>
    public int Assign { get; } = assign;

    public Expr Type { get; } = type;
    public CommentGroup? Comment { get; } = comment;

    public bool IsAlias => Assign != NoPos;
}

/// <summary>Placeholder for a declaration that failed to parse.</summary>
public sealed class BadDecl(int pos, int end) : Decl(pos, end);

/// <summary>An import, const, type or var declaration (Tok), parenthesised when Lparen is set.</summary>
public sealed class GenDecl(int pos, int end, CommentGroup? doc, Token tok, int lparen, ImmutableArray<Spec> specs, int rparen)
    : Decl(pos, end)
{
    public CommentGroup? Doc { get; } = doc;
    public Token Tok { get; } = tok;
    public int Lparen { get; } = lparen;
    public ImmutableArray<Spec> Specs { get; } = specs;
    public int Rparen { get; } = rparen;
}

public sealed class FuncDecl(int pos, int end, CommentGroup? doc, FieldList? recv, Ident name, FuncType type, BlockStmt? body)
    : Decl(pos, end)
{
    public CommentGroup? Doc { get; } = doc;

    /// <summary>The receiver for a method, null for a function.</summary>
    public FieldList? Recv { get; } = recv;

    public Ident Name { get; } = name;
    public FuncType Type { get; } = type;

    /// <summary>Null for a function declared without a body (implemented elsewhere).</summary>
    public BlockStmt? Body { get; } = body;
}
