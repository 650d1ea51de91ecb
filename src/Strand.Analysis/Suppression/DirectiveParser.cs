using System.Collections.Immutable;
using Strand.Analysis.Checks;
using Strand.Analysis.Findings;
using Strand.Syntax.Ast;

namespace Strand.Analysis.Suppression;

/// <summary>
/// Reads the suppression directives of a file from its comments. Like staticcheck's
/// <c>//lint:ignore</c>, a directive is a line comment with no space after the slashes:
/// <c>//strand:ignore CHECK[,CHECK] reason</c>. The reason is required so that every
/// suppression explains itself; a directive without one, or naming an unknown check,
/// is reported and suppresses nothing.
/// </summary>
public static class DirectiveParser
{
    public const string LineIgnore = "//strand:ignore";
    public const string FileIgnore = "//strand:file-ignore";

    public static (ImmutableArray<IgnoreDirective> Directives, ImmutableArray<InputError> Errors) Parse(GoFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var directives = ImmutableArray.CreateBuilder<IgnoreDirective>();
        var errors = ImmutableArray.CreateBuilder<InputError>();
        var path = PathText.Normalize(file.Path);
        foreach (var group in file.Comments)
        {
            foreach (var comment in group.List)
            {
                var keyword = KeywordOf(comment.Text);
                if (keyword is null)
                {
                    continue;
                }
                var start = file.Lines.Position(comment.Pos);
                var end = file.Lines.Position(comment.End);
                var span = new SourceSpan(path, start.Line, start.Column, end.Line, end.Column);
                var error = TryParse(comment.Text, keyword, span, out var directive);
                if (error is not null)
                {
                    errors.Add(new InputError(path, start.Line, start.Column, error));
                }
                else
                {
                    directives.Add(directive!);
                }
            }
        }
        return (directives.ToImmutable(), errors.ToImmutable());
    }

    private static string? KeywordOf(string text)
    {
        foreach (var keyword in new[] { LineIgnore, FileIgnore })
        {
            if (text.StartsWith(keyword, StringComparison.Ordinal)
                && (text.Length == keyword.Length || char.IsWhiteSpace(text[keyword.Length])))
            {
                return keyword;
            }
        }
        return null;
    }

    /// <summary>Returns an error message, or null with <paramref name="directive"/> set.</summary>
    private static string? TryParse(string text, string keyword, SourceSpan span, out IgnoreDirective? directive)
    {
        directive = null;
        var rest = text[keyword.Length..].Trim();
        var space = rest.IndexOfAny([' ', '\t']);
        var checkList = space < 0 ? rest : rest[..space];
        var reason = space < 0 ? "" : rest[(space + 1)..].Trim();
        if (checkList.Length == 0)
        {
            return $"malformed {keyword} directive: missing check id (want {keyword} CHECK[,CHECK] reason)";
        }
        var checks = checkList.Split(',', StringSplitOptions.TrimEntries);
        foreach (var check in checks)
        {
            if (!CheckCatalog.IsKnown(check))
            {
                return $"malformed {keyword} directive: unknown check '{check}' (see strand explain)";
            }
        }
        if (reason.Length == 0)
        {
            return $"malformed {keyword} directive: missing reason (want {keyword} {checkList} reason)";
        }
        directive = new IgnoreDirective(span, keyword == FileIgnore, [.. checks.Distinct(StringComparer.Ordinal)], reason);
        return null;
    }
}
