namespace Strand.Syntax.Tests.Corpus;

/// <summary>A corpus file whose canonical AST differs: the first differing line of each side.</summary>
public sealed record AstMismatch(string Path, int Line, string GoLine, string StrandLine)
{
    public static AstMismatch? Find(string path, string goText, string strandText)
    {
        if (string.Equals(goText, strandText, StringComparison.Ordinal))
        {
            return null;
        }
        var go = goText.Split('\n');
        var strand = strandText.Split('\n');
        for (var i = 0; i < Math.Max(go.Length, strand.Length); i++)
        {
            var g = i < go.Length ? go[i] : "<end>";
            var s = i < strand.Length ? strand[i] : "<end>";
            if (!string.Equals(g, s, StringComparison.Ordinal))
            {
                return new AstMismatch(path, i + 1, g, s);
            }
        }
        return new AstMismatch(path, 0, "<equal lines>", "<equal lines>");
    }

    public override string ToString() => $"{Path}: line {Line}\n  go:     {GoLine}\n  strand: {StrandLine}";
}
