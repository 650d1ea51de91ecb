using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;

namespace Strand.Analysis.Tests.Corpus;

/// <summary>One expected finding: a regular expression for "message (check)" on a file's line.</summary>
public sealed record Want(string File, int Line, string Pattern)
{
    public Regex Regex { get; } = new(Pattern, RegexOptions.CultureInvariant);

    public override string ToString() => $"{Path.GetFileName(File)}:{Line}: want \"{Pattern}\"";
}

/// <summary>
/// Reads <c>// want "re1" "re2"</c> comments, as in golang.org/x/tools' analysistest, with a careful
/// line scan (it must work on files that do not compile). Patterns are quoted with "..." (only \" and
/// \\ are unescaped, so regex escapes such as \( pass through) or with backquotes.
/// </summary>
public static class WantComments
{
    private const string Marker = "// want ";

    public static ImmutableArray<Want> Read(string file)
    {
        var wants = ImmutableArray.CreateBuilder<Want>();
        var lines = File.ReadAllLines(file);
        for (var i = 0; i < lines.Length; i++)
        {
            var at = lines[i].IndexOf(Marker, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }
            foreach (var pattern in ParsePatterns(lines[i][(at + Marker.Length)..], file, i + 1))
            {
                wants.Add(new Want(file, i + 1, pattern));
            }
        }
        return wants.ToImmutable();
    }

    public static ImmutableArray<string> ParsePatterns(string text, string file = "", int line = 0)
    {
        var patterns = ImmutableArray.CreateBuilder<string>();
        var i = 0;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }
            if (i >= text.Length)
            {
                break;
            }
            var quote = text[i];
            if (quote != '"' && quote != '`')
            {
                throw new FormatException($"{file}:{line}: want expects quoted patterns, found '{text[i..]}'");
            }
            var sb = new StringBuilder();
            i++;
            var closed = false;
            while (i < text.Length)
            {
                var c = text[i];
                if (c == quote)
                {
                    closed = true;
                    i++;
                    break;
                }
                if (quote == '"' && c == '\\' && i + 1 < text.Length && text[i + 1] is '"' or '\\')
                {
                    // \" is a quote inside the pattern; \\ stays a regex escape of a backslash.
                    sb.Append(text[i + 1] == '"' ? "\"" : "\\\\");
                    i += 2;
                    continue;
                }
                sb.Append(c);
                i++;
            }
            if (!closed)
            {
                throw new FormatException($"{file}:{line}: unterminated want pattern");
            }
            patterns.Add(sb.ToString());
        }
        if (patterns.Count == 0)
        {
            throw new FormatException($"{file}:{line}: want without a pattern");
        }
        return patterns.ToImmutable();
    }
}
