using Strand.Analysis.Findings;
using Strand.Syntax.Ast;

namespace Strand.Analysis.Engine;

/// <summary>Source positions for findings: the path as the user gave it, '/' separators, 1-based line and byte column.</summary>
public static class Positions
{
    public static string PathOf(GoFile file) => file.Path.Replace('\\', '/');

    public static SourceSpan Span(GoFile file, Node node) => Span(file, node.Pos, node.End);

    public static SourceSpan Span(GoFile file, int pos, int end)
    {
        var start = file.Lines.Position(Math.Max(0, pos));
        var stop = file.Lines.Position(Math.Max(pos, end));
        return new SourceSpan(PathOf(file), start.Line, start.Column, stop.Line, stop.Column);
    }

    /// <summary><c>path:line</c>, as messages cite places.</summary>
    public static string At(GoFile file, Node node) => $"{PathOf(file)}:{file.Lines.Position(Math.Max(0, node.Pos)).Line}";
}
