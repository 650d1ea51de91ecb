using System.Collections.Immutable;
using Strand.Analysis.Checks;
using Strand.Analysis.Findings;
using Strand.Syntax.Ast;

namespace Strand.Analysis.Suppression;

/// <summary>
/// Applies the <c>//strand:ignore</c> and <c>//strand:file-ignore</c> directives of the analysed
/// files to the findings: a finding covered by a directive is dropped, a directive that covered
/// nothing becomes an <c>unused-ignore</c> finding (a stale excuse would hide a future bug), and a
/// malformed directive becomes an input error and suppresses nothing.
/// </summary>
public static class SuppressionFilter
{
    /// <param name="enabledChecks">
    /// The checks that ran (null = all). A directive that names only checks that did not run is not
    /// reported as unused: it had no chance to match.
    /// </param>
    public static SuppressionOutcome Apply(
        ImmutableArray<GoFile> files,
        ImmutableArray<Finding> findings,
        IReadOnlySet<string>? enabledChecks = null)
    {
        var directivesByFile = new Dictionary<string, List<IgnoreDirective>>(StringComparer.Ordinal);
        var malformed = ImmutableArray.CreateBuilder<InputError>();
        foreach (var file in files.IsDefault ? [] : files)
        {
            var (directives, errors) = DirectiveParser.Parse(file);
            malformed.AddRange(errors);
            if (directives.Length > 0)
            {
                var key = PathText.Key(file.Path);
                if (!directivesByFile.TryGetValue(key, out var list))
                {
                    directivesByFile[key] = list = [];
                }
                list.AddRange(directives);
            }
        }

        var used = new HashSet<IgnoreDirective>(ReferenceEqualityComparer.Instance);
        var kept = ImmutableArray.CreateBuilder<Finding>();
        foreach (var finding in findings.IsDefault ? [] : findings)
        {
            var covering = directivesByFile.TryGetValue(PathText.Key(finding.Span.File), out var list)
                ? list.Where(d => d.Covers(finding)).ToList()
                : [];
            if (covering.Count == 0)
            {
                kept.Add(finding);
            }
            used.UnionWith(covering);
        }

        var unused = directivesByFile.Values
            .SelectMany(l => l)
            .Where(d => !used.Contains(d))
            .Where(d => enabledChecks is null || d.Checks.Any(enabledChecks.Contains))
            .Select(Unused)
            .OrderBy(f => f.Span.File, StringComparer.Ordinal)
            .ThenBy(f => f.Span.Line)
            .ThenBy(f => f.Span.Column)
            .ToImmutableArray();
        var sortedErrors = malformed
            .OrderBy(e => e.File, StringComparer.Ordinal)
            .ThenBy(e => e.Line)
            .ThenBy(e => e.Column)
            .ToImmutableArray();
        return new SuppressionOutcome(kept.ToImmutable(), unused, sortedErrors);
    }

    private static Finding Unused(IgnoreDirective directive)
    {
        var scope = directive.FileScope ? "in this file" : "on this line or the next";
        var checks = string.Join(",", directive.Checks);
        return new Finding(
            CheckIds.UnusedIgnore,
            CheckCatalog.Find(CheckIds.UnusedIgnore).DefaultSeverity,
            $"this {directive.Keyword} {checks} directive suppresses nothing: no {checks} finding {scope}",
            directive.Span,
            Goroutine: null,
            Object: null,
            Related: [],
            Witness: [],
            Fixes: []);
    }
}
