using System.Collections.Immutable;
using System.Text;
using Strand.Analysis.Engine;
using Strand.Analysis.Findings;

namespace Strand.Analysis.Tests.Corpus;

/// <summary>
/// Compares an analysis result with a case's wants: each want must be matched by a distinct finding
/// on its line whose "message (check)" matches the pattern; every other finding is unexpected, and so
/// is every input error (the corpus is syntactically valid Go).
/// </summary>
public static class CorpusMatcher
{
    public static string FindingText(Finding f) => $"{f.Message} ({f.Check})";

    /// <summary>Null when everything matches; otherwise a readable diff.</summary>
    public static string? Diff(CorpusCase c, ImmutableArray<Want> wants, AnalysisResult result)
    {
        var unmatched = result.Findings.ToList();
        var missing = new List<Want>();
        foreach (var want in wants)
        {
            var hit = unmatched.FindIndex(f => SameFile(f.Span.File, want.File) && f.Span.Line == want.Line && want.Regex.IsMatch(FindingText(f)));
            if (hit < 0)
            {
                missing.Add(want);
            }
            else
            {
                unmatched.RemoveAt(hit);
            }
        }
        if (missing.Count == 0 && unmatched.Count == 0 && result.Errors.IsEmpty)
        {
            return null;
        }
        var sb = new StringBuilder($"corpus case {c.Id}:\n");
        foreach (var want in missing)
        {
            sb.Append($"  {Short(c, want.File)}:{want.Line}: expected: {want.Pattern}\n");
            foreach (var f in result.Findings.Where(f => SameFile(f.Span.File, want.File) && f.Span.Line == want.Line))
            {
                sb.Append($"  {Short(c, want.File)}:{want.Line}:   got on that line: {FindingText(f)}\n");
            }
        }
        foreach (var f in unmatched)
        {
            sb.Append($"  {Short(c, f.Span.File)}:{f.Span.Line}:{f.Span.Column}: unexpected: {FindingText(f)}\n");
        }
        foreach (var e in result.Errors)
        {
            sb.Append($"  {Short(c, e.File)}:{e.Line}:{e.Column}: unexpected input error: {e.Message}\n");
        }
        return sb.ToString();
    }

    public static bool SameFile(string a, string b) =>
        string.Equals(Normalize(a), Normalize(b), StringComparison.Ordinal);

    private static string Normalize(string p) => Path.GetFullPath(p).Replace('\\', '/');

    private static string Short(CorpusCase c, string file)
    {
        var root = c.IsDirectory ? c.FullPath : Path.GetDirectoryName(c.FullPath)!;
        var rel = Path.GetRelativePath(root, Path.GetFullPath(file)).Replace('\\', '/');
        return rel.StartsWith("..", StringComparison.Ordinal) ? file : rel;
    }
}
