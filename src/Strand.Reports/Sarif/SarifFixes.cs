using System.Collections.Immutable;
using System.Text.Json;
using Strand.Analysis.Findings;

namespace Strand.Reports.Sarif;

/// <summary>Remedies as SARIF fixes: per file an artifactChange whose replacements delete a region and insert text.</summary>
internal static class SarifFixes
{
    public static void Write(Utf8JsonWriter w, ImmutableArray<SuggestedFix> fixes, SarifUris uris)
    {
        w.WriteStartArray("fixes");
        foreach (var fix in fixes.Where(f => !f.Edits.IsDefaultOrEmpty))
        {
            w.WriteStartObject();
            w.WriteStartObject("description");
            w.WriteString("text", fix.Title);
            w.WriteEndObject();
            w.WriteStartArray("artifactChanges");
            foreach (var group in fix.Edits.GroupBy(e => e.Span.File, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                w.WriteStartObject();
                SarifReport.WriteArtifact(w, group.Key, uris);
                w.WriteStartArray("replacements");
                foreach (var edit in group.OrderBy(e => e.StartOffset))
                {
                    w.WriteStartObject();
                    SarifReport.WriteRegion(w, "deletedRegion", edit.Span);
                    w.WriteStartObject("insertedContent");
                    w.WriteString("text", edit.NewText);
                    w.WriteEndObject();
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
