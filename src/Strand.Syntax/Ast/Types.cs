using System.Collections.Immutable;

namespace Strand.Syntax.Ast;

/// <summary><c>[Len]Elt</c>, or a slice type <c>[]Elt</c> when <see cref="Len"/> is null.</summary>
public sealed class ArrayType(int pos, int end, Expr? len, Expr elt) : Expr(pos, end)
{
    public Expr? Len { get; } = len;
    public Expr Elt { get; } = elt;
}

public sealed class StructType(int pos, int end, FieldList fields, bool incomplete) : Expr(pos, end)
{
    public FieldList Fields { get; } = fields;
    public bool Incomplete { get; } = incomplete;
}

/// <summary>A function signature. <see cref="Node.Pos"/> is the <c>func</c> keyword when present.</summary>
public sealed class FuncType(int pos, int end, int func, FieldList? typeParams, FieldList parameters, FieldList? results)
    : Expr(pos, end)
{
    /// <summary>Position of the <c>func</c> keyword, or <see cref="Node.NoPos"/> (method specs in interfaces).</summary>
    public int Func { get; } = func;

    public FieldList? TypeParams { get; } = typeParams;
    public FieldList Params { get; } = parameters;
    public FieldList? Results { get; } = results;
}

/// <summary>An interface; each method, embedded type or type-set term is one Field in <see cref="Methods"/>.</summary>
public sealed class InterfaceType(int pos, int end, FieldList methods, bool incomplete) : Expr(pos, end)
{
    public FieldList Methods { get; } = methods;
    public bool Incomplete { get; } = incomplete;
}

public sealed class MapType(int pos, int end, Expr key, Expr value) : Expr(pos, end)
{
    public Expr Key { get; } = key;
    public Expr Value { get; } = value;
}

[Flags]
public enum ChanDir : byte
{
    Send = 1,
    Recv = 2,
    Both = Send | Recv,
}

public sealed class ChanType(int pos, int end, int arrow, ChanDir dir, Expr value) : Expr(pos, end)
{
    /// <summary>Position of <c>&lt;-</c>, or <see cref="Node.NoPos"/> for a bidirectional channel.</summary>
    public int Arrow { get; } = arrow;

    public ChanDir Dir { get; } = dir;
    public Expr Value { get; } = value;
}

/// <summary>A field, parameter, result, method or type parameter declaration (names may be empty).</summary>
public sealed class Field(int pos, int end, CommentGroup? doc, ImmutableArray<Ident> names, Expr? type, BasicLit? tag, CommentGroup? comment)
    : Node(pos, end)
{
    public CommentGroup? Doc { get; } = doc;
    public ImmutableArray<Ident> Names { get; } = names;

    /// <summary>The field type; null only after a syntax error.</summary>
    public Expr? Type { get; } = type;

    public BasicLit? Tag { get; } = tag;
    public CommentGroup? Comment { get; } = comment;
}

/// <summary>A list of fields in parentheses, brackets or braces (Opening/Closing are NoPos when absent).</summary>
public sealed class FieldList(int pos, int end, int opening, ImmutableArray<Field> list, int closing) : Node(pos, end)
{
    public int Opening { get; } = opening;
    public ImmutableArray<Field> List { get; } = list;
    public int Closing { get; } = closing;

    /// <summary>Number of declared entries: names, or one per unnamed field (as go/ast's NumFields).</summary>
    public int NumFields
    {
        get
        {
            var n = 0;
            foreach (var f in List)
            {
                n += f.Names.IsEmpty ? 1 : f.Names.Length;
            }
            return n;
        }
    }
}
