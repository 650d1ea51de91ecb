using Strand.Analysis.Findings;
using Strand.Syntax.Ast;

namespace Strand.Analysis.Checks.Sync;

/// <summary>Positions for findings: spans in the file as the user named it, short "file:line" texts for messages.</summary>
internal static class Spans
{
    public static string PathOf(GoFile file) => file.Path.Replace('\\', '/');

    public static SourceSpan Of(GoFile file, Node node)
    {
        var start = file.Lines.Position(node.Pos);
        var end = file.Lines.Position(node.End);
        return new SourceSpan(PathOf(file), start.Line, start.Column, end.Line, end.Column);
    }

    /// <summary><c>dir/name.go:17</c>: where something happens, as messages print it (the path as the user gave it).</summary>
    public static string At(GoFile file, Node node) => $"{PathOf(file)}:{file.Lines.Position(node.Pos).Line}";
}
