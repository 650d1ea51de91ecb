using System.Collections.Immutable;
using Strand.Analysis.Findings;

namespace Strand.Reports.Text;

/// <summary>
/// The order every report uses: file, line, column, check, message. The engine already sorts;
/// sorting again here keeps reports deterministic whatever produced the result.
/// </summary>
public static class ReportOrder
{
    public static IEnumerable<Finding> Findings(ImmutableArray<Finding> findings) =>
        (findings.IsDefault ? [] : findings)
            .OrderBy(f => f.Span.File, StringComparer.Ordinal)
            .ThenBy(f => f.Span.Line)
            .ThenBy(f => f.Span.Column)
            .ThenBy(f => f.Check, StringComparer.Ordinal)
            .ThenBy(f => f.Message, StringComparer.Ordinal);

    public static IEnumerable<InputError> Errors(ImmutableArray<InputError> errors) =>
        (errors.IsDefault ? [] : errors)
            .OrderBy(e => e.File, StringComparer.Ordinal)
            .ThenBy(e => e.Line)
            .ThenBy(e => e.Column)
            .ThenBy(e => e.Message, StringComparer.Ordinal);
}
