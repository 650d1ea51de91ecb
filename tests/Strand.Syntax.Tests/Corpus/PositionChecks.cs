using Strand.Syntax.Ast;
using Strand.Syntax.Parsing;
using Strand.Syntax.Text;

namespace Strand.Syntax.Tests.Corpus;

/// <summary>Properties every parse must have, whatever the input: no internal failure, errors and nodes inside the file.</summary>
public static class PositionChecks
{
    public static IEnumerable<string> Problems(byte[] source, ParseResult result)
    {
        var lines = LineTable.Build(source);
        foreach (var error in result.Errors)
        {
            if (error.Message.StartsWith("internal parser error", StringComparison.Ordinal))
            {
                yield return $"the parser threw and caught its own exception: {error}";
            }
            if (error.Offset < 0 || error.Offset > source.Length)
            {
                yield return $"error offset {error.Offset} outside [0, {source.Length}]: {error}";
                continue;
            }
            var expected = lines.Position(error.Offset);
            if (expected.Line != error.Line || expected.Column != error.Column)
            {
                yield return $"error at offset {error.Offset} says {error.Line}:{error.Column}, the line table says {expected}: {error}";
            }
        }
        var outside = new List<string>();
        AstWalker.Inspect(result.File, node =>
        {
            // A token the parser supplies at end of file (a missing `}` or name) ends one byte
            // past the file, exactly as in go/ast; anything further out is a bug.
            var bad = !Inside(node.Pos, source.Length) || !Inside(node.End, source.Length + 1)
                || node.Pos != Node.NoPos && node.End != Node.NoPos && node.Pos > node.End;
            if (bad && outside.Count < 3)
            {
                outside.Add($"{node.GetType().Name} [{node.Pos}, {node.End}) is not a span inside a file of {source.Length} bytes");
            }
            return true;
        });
        foreach (var problem in outside.Take(3))
        {
            yield return problem;
        }
    }

    private static bool Inside(int offset, int length) => offset == Node.NoPos || offset >= 0 && offset <= length;
}
