using Strand.Syntax.Ast;

namespace Strand.Syntax.Parsing;

/// <summary>
/// The scratch stacks of one parser, kept per thread between files: a fresh set per file would
/// allocate them anew and grow them again for every file.
/// </summary>
internal sealed class ScratchSet
{
    [ThreadStatic]
    private static ScratchSet? s_spare;

    public readonly Scratch<Comment> Comments = new();
    public readonly Scratch<Expr> Exprs = new();
    public readonly Scratch<Stmt> Stmts = new();
    public readonly Scratch<Ident> Idents = new();
    public readonly Scratch<Field> Fields = new();
    public readonly Scratch<Spec> Specs = new();

    /// <summary>The thread's spare set, or a new one when it is in use.</summary>
    public static ScratchSet Rent()
    {
        var set = s_spare ?? new ScratchSet();
        s_spare = null;
        return set;
    }

    /// <summary>Empties the set (a parse that bailed out leaves items behind) and keeps it for the thread's next parse.</summary>
    public static void Return(ScratchSet set)
    {
        set.Comments.Discard(0);
        set.Exprs.Discard(0);
        set.Stmts.Discard(0);
        set.Idents.Discard(0);
        set.Fields.Discard(0);
        set.Specs.Discard(0);
        s_spare = set;
    }
}
