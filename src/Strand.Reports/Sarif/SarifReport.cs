using System.Text.Encodings.Web;
using System.Text.Json;
using Strand.Analysis.Checks;
using Strand.Analysis.Engine;
using Strand.Analysis.Findings;
using Strand.Reports.Text;

namespace Strand.Reports.Sarif;

/// <summary>
/// A SARIF 2.1.0 log of one run: the tool with a rule per check (from the check catalog), one
/// result per finding with its location, related locations, the witness as a code flow and the
/// remedies as fixes; input errors become tool execution notifications.
/// </summary>
public static class SarifReport
{
    public const string ToolVersion = "0.1.0";
    private const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <param name="baseDirectory">What relative paths in the result are relative to (the current directory).</param>
    public static void Write(Stream output, AnalysisResult result, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(result);
        var uris = new SarifUris(baseDirectory);
        var options = new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using var w = new Utf8JsonWriter(output, options);
        w.WriteStartObject();
        w.WriteString("$schema", SchemaUri);
        w.WriteString("version", "2.1.0");
        w.WriteStartArray("runs");
        w.WriteStartObject();
        WriteTool(w);
        w.WriteStartObject("originalUriBaseIds");
        w.WriteStartObject(SarifUris.BaseId);
        w.WriteString("uri", uris.BaseUri);
        w.WriteEndObject();
        w.WriteEndObject();
        WriteInvocation(w, result, uris);
        w.WriteStartArray("results");
        foreach (var finding in ReportOrder.Findings(result.Findings))
        {
            WriteResult(w, finding, uris);
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
        output.WriteByte((byte)'\n');
    }

    public static string ToSarif(AnalysisResult result, string baseDirectory)
    {
        using var stream = new MemoryStream();
        Write(stream, result, baseDirectory);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteTool(Utf8JsonWriter w)
    {
        w.WriteStartObject("tool");
        w.WriteStartObject("driver");
        w.WriteString("name", "strand");
        w.WriteString("version", ToolVersion);
        w.WriteString("semanticVersion", ToolVersion);
        w.WriteStartArray("rules");
        foreach (var check in CheckCatalog.All)
        {
            SarifRules.Write(w, check);
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteInvocation(Utf8JsonWriter w, AnalysisResult result, SarifUris uris)
    {
        w.WriteStartArray("invocations");
        w.WriteStartObject();
        w.WriteBoolean("executionSuccessful", true);
        w.WriteStartArray("toolExecutionNotifications");
        foreach (var error in ReportOrder.Errors(result.Errors))
        {
            w.WriteStartObject();
            w.WriteString("level", "error");
            WriteMessage(w, error.Message);
            w.WriteStartArray("locations");
            w.WriteStartObject();
            WritePhysical(w, new SourceSpan(error.File, error.Line, error.Column, error.Line, error.Column), uris);
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
    }

    private static void WriteResult(Utf8JsonWriter w, Finding f, SarifUris uris)
    {
        w.WriteStartObject();
        w.WriteString("ruleId", f.Check);
        var index = CheckCatalog.Ids.IndexOf(f.Check);
        if (index >= 0)
        {
            w.WriteNumber("ruleIndex", index);
        }
        w.WriteString("level", Level(f.Severity));
        WriteMessage(w, f.Message);
        w.WriteStartArray("locations");
        w.WriteStartObject();
        WritePhysical(w, f.Span, uris);
        w.WriteEndObject();
        w.WriteEndArray();
        WriteRelated(w, f, uris);
        if (!f.Witness.IsDefaultOrEmpty)
        {
            WriteCodeFlow(w, f);
        }
        if (!f.Fixes.IsDefaultOrEmpty && f.Fixes.Any(x => !x.Edits.IsDefaultOrEmpty))
        {
            SarifFixes.Write(w, f.Fixes, uris);
        }
        w.WriteEndObject();
    }

    private static void WriteRelated(Utf8JsonWriter w, Finding f, SarifUris uris)
    {
        var related = RelatedLocations.Of(f);
        if (related.Count == 0)
        {
            return;
        }
        w.WriteStartArray("relatedLocations");
        for (var i = 0; i < related.Count; i++)
        {
            w.WriteStartObject();
            w.WriteNumber("id", i + 1);
            WritePhysical(w, related[i].Span, uris);
            WriteMessage(w, related[i].Message);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>The witness is a list of steps in words; each becomes a thread flow location message.</summary>
    private static void WriteCodeFlow(Utf8JsonWriter w, Finding f)
    {
        w.WriteStartArray("codeFlows");
        w.WriteStartObject();
        WriteMessage(w, "how the goroutine gets stuck");
        w.WriteStartArray("threadFlows");
        w.WriteStartObject();
        w.WriteStartArray("locations");
        foreach (var step in f.Witness)
        {
            w.WriteStartObject();
            w.WriteStartObject("location");
            WriteMessage(w, step);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
    }

    internal static void WritePhysical(Utf8JsonWriter w, SourceSpan span, SarifUris uris)
    {
        w.WriteStartObject("physicalLocation");
        WriteArtifact(w, span.File, uris);
        WriteRegion(w, "region", span);
        w.WriteEndObject();
    }

    internal static void WriteArtifact(Utf8JsonWriter w, string file, SarifUris uris)
    {
        var (uri, baseId) = uris.Locate(file);
        w.WriteStartObject("artifactLocation");
        w.WriteString("uri", uri);
        if (baseId is not null)
        {
            w.WriteString("uriBaseId", baseId);
        }
        w.WriteEndObject();
    }

    /// <summary>A region; the end is written only when it is a real position at or after the start.</summary>
    internal static void WriteRegion(Utf8JsonWriter w, string name, SourceSpan span)
    {
        w.WriteStartObject(name);
        var line = Math.Max(1, span.Line);
        var column = Math.Max(1, span.Column);
        w.WriteNumber("startLine", line);
        w.WriteNumber("startColumn", column);
        if (span.EndLine > line || (span.EndLine == line && span.EndColumn >= column))
        {
            w.WriteNumber("endLine", span.EndLine);
            w.WriteNumber("endColumn", span.EndColumn);
        }
        w.WriteEndObject();
    }

    internal static void WriteMessage(Utf8JsonWriter w, string text)
    {
        w.WriteStartObject("message");
        w.WriteString("text", text);
        w.WriteEndObject();
    }

    public static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

}
