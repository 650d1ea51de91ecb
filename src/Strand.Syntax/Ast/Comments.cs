using System.Collections.Immutable;

namespace Strand.Syntax.Ast;

/// <summary>A single <c>//</c> or <c>/* */</c> comment; <see cref="Text"/> includes the markers.</summary>
public sealed class Comment(int pos, int end, string text) : Node(pos, end)
{
    public string Text { get; } = text;
}

/// <summary>Comments with no other token or empty line between them, as in go/ast.</summary>
public sealed class CommentGroup(ImmutableArray<Comment> list)
    : Node(list.IsEmpty ? NoPos : list[0].Pos, list.IsEmpty ? NoPos : list[^1].End)
{
    public ImmutableArray<Comment> List { get; } = list;
}
