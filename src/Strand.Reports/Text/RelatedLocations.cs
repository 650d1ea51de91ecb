using Strand.Analysis.Findings;

namespace Strand.Reports.Text;

/// <summary>
/// The secondary locations a report shows for a finding: where its goroutine was started and
/// where its object was made (unless the engine already lists a related location there), then
/// the engine's related locations in their order.
/// </summary>
public static class RelatedLocations
{
    public static List<RelatedLocation> Of(Finding finding)
    {
        var given = finding.Related.IsDefault ? [] : finding.Related;
        var list = new List<RelatedLocation>();
        bool Listed(SourceSpan s) => given.Any(r => r.Span.File == s.File && r.Span.Line == s.Line && r.Span.Column == s.Column);
        if (finding.Goroutine is { } go && !Listed(go))
        {
            list.Add(new RelatedLocation(go, "the goroutine is started here"));
        }
        if (finding.Object is { } obj && !Listed(obj.Span))
        {
            list.Add(new RelatedLocation(obj.Span, $"{obj.Name} is made here"));
        }
        list.AddRange(given);
        return list;
    }
}
