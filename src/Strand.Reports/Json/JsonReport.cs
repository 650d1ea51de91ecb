using System.Text.Encodings.Web;
using System.Text.Json;
using Strand.Analysis.Engine;
using Strand.Analysis.Findings;
using Strand.Reports.Text;

namespace Strand.Reports.Json;

/// <summary>
/// The JSON report of <c>strand check --format json</c>, documented in docs/json.md:
/// <c>{"findings":[...],"errors":[...],"stats":{...}}</c>. Field names and order are part of the
/// contract; findings and errors come in report order.
/// </summary>
public static class JsonReport
{
    public static void Write(Stream output, AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(result);
        var options = new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n",
            // Messages quote Go code ("<-ch", "a && b"): keep them readable; this is not HTML.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        using var w = new Utf8JsonWriter(output, options);
        w.WriteStartObject();
        w.WriteStartArray("findings");
        foreach (var finding in ReportOrder.Findings(result.Findings))
        {
            WriteFinding(w, finding);
        }
        w.WriteEndArray();
        w.WriteStartArray("errors");
        foreach (var error in ReportOrder.Errors(result.Errors))
        {
            w.WriteStartObject();
            w.WriteString("file", error.File);
            w.WriteNumber("line", error.Line);
            w.WriteNumber("column", error.Column);
            w.WriteString("message", error.Message);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartObject("stats");
        foreach (var (name, value) in result.Stats ?? System.Collections.Immutable.ImmutableSortedDictionary<string, long>.Empty)
        {
            w.WriteNumber(name, value);
        }
        w.WriteEndObject();
        w.WriteEndObject();
        w.Flush();
        output.WriteByte((byte)'\n');
    }

    public static string ToJson(AnalysisResult result)
    {
        using var stream = new MemoryStream();
        Write(stream, result);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteFinding(Utf8JsonWriter w, Finding f)
    {
        w.WriteStartObject();
        w.WriteString("check", f.Check);
        w.WriteString("severity", SeverityName(f.Severity));
        w.WriteString("message", f.Message);
        WriteSpan(w, f.Span);
        if (f.Goroutine is { } go)
        {
            w.WriteStartObject("goroutine");
            WritePosition(w, go);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("goroutine");
        }
        if (f.Object is { } obj)
        {
            w.WriteStartObject("channel");
            w.WriteString("name", obj.Name);
            WritePosition(w, obj.Span);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("channel");
        }
        w.WriteStartArray("related");
        foreach (var r in f.Related.IsDefault ? [] : f.Related)
        {
            w.WriteStartObject();
            WritePosition(w, r.Span);
            w.WriteString("message", r.Message);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("witness");
        foreach (var step in f.Witness.IsDefault ? [] : f.Witness)
        {
            w.WriteStringValue(step);
        }
        w.WriteEndArray();
        w.WriteStartArray("fixes");
        foreach (var fix in f.Fixes.IsDefault ? [] : f.Fixes)
        {
            w.WriteStartObject();
            w.WriteString("title", fix.Title);
            w.WriteStartArray("edits");
            foreach (var edit in fix.Edits.IsDefault ? [] : fix.Edits)
            {
                w.WriteStartObject();
                WriteSpan(w, edit.Span);
                w.WriteString("newText", edit.NewText);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WritePosition(Utf8JsonWriter w, SourceSpan s)
    {
        w.WriteString("file", s.File);
        w.WriteNumber("line", s.Line);
        w.WriteNumber("column", s.Column);
    }

    private static void WriteSpan(Utf8JsonWriter w, SourceSpan s)
    {
        WritePosition(w, s);
        w.WriteNumber("endLine", s.EndLine);
        w.WriteNumber("endColumn", s.EndColumn);
    }

    public static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };
}
