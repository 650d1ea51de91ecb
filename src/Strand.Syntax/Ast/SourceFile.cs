using System.Collections.Immutable;
using Strand.Syntax.Text;

namespace Strand.Syntax.Ast;

/// <summary>
/// The root of a parsed Go file. Besides the declarations it holds every comment of the file
/// (for <c>// want</c>, <c>//strand:ignore</c>, <c>//go:build</c>) and the line table that maps
/// byte offsets to 1-based line and byte column.
/// </summary>
public sealed class GoFile(
    int pos,
    int end,
    string path,
    CommentGroup? doc,
    int package,
    Ident name,
    ImmutableArray<Decl> decls,
    ImmutableArray<ImportSpec> imports,
    ImmutableArray<CommentGroup> comments,
    LineTable lines)
    : Node(pos, end)
{
    public string Path { get; } = path;
    public CommentGroup? Doc { get; } = doc;

    /// <summary>Position of the <c>package</c> keyword.</summary>
    public int Package { get; } = package;

    public Ident Name { get; } = name;
    public ImmutableArray<Decl> Decls { get; } = decls;
    public ImmutableArray<ImportSpec> Imports { get; } = imports;
    public ImmutableArray<CommentGroup> Comments { get; } = comments;
    public LineTable Lines { get; } = lines;
}
