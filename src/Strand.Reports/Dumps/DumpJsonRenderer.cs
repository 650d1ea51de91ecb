using System.Collections.Immutable;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Strand.Dumps.Records;
using Strand.Dumps.Verdicts;
using static Strand.Reports.Dumps.DumpFormat;

namespace Strand.Reports.Dumps;

/// <summary>
/// <c>strand dump --format json</c>, documented in docs/json.md: the fields the issue fixes first
/// (goroutines, snapshots, groups with count/state/minutes/function/file/line/createdBy/suspect/
/// reason/delta), then additive ones. Property order and group order are fixed.
/// </summary>
public static class DumpJsonRenderer
{
    public static string Render(DumpReport report, Func<GroupReport, ImmutableArray<FindingLink>>? links = null)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteNumber("goroutines", report.Goroutines);
            w.WriteNumber("snapshots", report.Snapshots.Count);
            w.WriteString("level", report.Level.ToString().ToLowerInvariant());
            w.WriteStartArray("snapshotGoroutines");
            foreach (var s in report.Snapshots)
            {
                w.WriteNumberValue(s.Goroutines);
            }
            w.WriteEndArray();
            w.WriteNumber("suspects", report.Groups.Count(g => g.Verdict.Suspect));
            w.WriteStartArray("groups");
            foreach (var g in report.Groups)
            {
                WriteGroup(w, g, links?.Invoke(g) ?? []);
            }
            w.WriteEndArray();
            w.WriteStartArray("diagnostics");
            foreach (var d in report.Diagnostics)
            {
                w.WriteStartObject();
                w.WriteString("level", d.Level == DiagnosticLevel.Error ? "error" : "warning");
                w.WriteString("source", d.Source);
                w.WriteNumber("line", d.Line);
                w.WriteString("message", d.Message);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteGroup(Utf8JsonWriter w, GroupReport g, ImmutableArray<FindingLink> links)
    {
        var group = g.Group;
        w.WriteStartObject();
        w.WriteNumber("count", group.LastCount);
        w.WriteString("state", State(g));
        w.WriteNumber("minutes", group.MaxMinutes);
        WriteFrameFields(w, g.Blocking?.Function, g.Blocking?.File, g.Blocking?.Line);
        if (g.Stack.CreatedBy is { } c)
        {
            w.WriteStartObject("createdBy");
            WriteFrameFields(w, c.Function, c.File, c.Line);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("createdBy");
        }
        w.WriteBoolean("suspect", g.Verdict.Suspect);
        w.WriteString("reason", g.Verdict.Reason);
        w.WriteNumber("delta", g.Growth.Delta);
        // Additive fields.
        w.WriteString("evidence", ToCamel(g.Verdict.Evidence.ToString()));
        w.WriteString("wait", ToCamel(g.Wait.Kind.ToString()));
        w.WriteBoolean("inUserCode", g.InUserCode);
        WriteNumbers(w, "counts", group.Counts);
        WriteNumbers(w, "intervals", g.Growth.Intervals);
        w.WriteBoolean("growsEveryInterval", g.Growth.EveryInterval);
        w.WriteNumber("memoryBytes", g.MemoryBytes);
        w.WriteStartArray("flags");
        foreach (var f in FlagWords(group.Flags))
        {
            w.WriteStringValue(f);
        }
        w.WriteEndArray();
        w.WriteStartArray("labels");
        foreach (var l in group.Labels)
        {
            w.WriteStringValue(l);
        }
        w.WriteEndArray();
        if (group.FirstId >= 0)
        {
            w.WriteNumber("firstId", group.FirstId);
        }
        if (group.ParentId >= 0)
        {
            w.WriteNumber("parentId", group.ParentId);
        }
        if (g.SourceLine is not null)
        {
            w.WriteString("source", g.SourceLine);
        }
        w.WriteStartArray("stack");
        foreach (var f in g.Stack.Frames)
        {
            w.WriteStartObject();
            WriteFrameFields(w, f.Function, f.File, f.Line);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteBoolean("elided", g.Stack.Elided);
        w.WriteStartArray("findings");
        foreach (var link in links)
        {
            var s = link.Finding.Span;
            w.WriteStartObject();
            w.WriteString("check", link.Finding.Check);
            w.WriteString("file", s.File);
            w.WriteNumber("line", s.Line);
            w.WriteNumber("column", s.Column);
            w.WriteString("message", link.Finding.Message);
            w.WriteString("link", ToCamel(link.Kind.ToString()));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteFrameFields(Utf8JsonWriter w, string? function, string? file, int? line)
    {
        if (function is null)
        {
            w.WriteNull("function");
            w.WriteNull("file");
            w.WriteNull("line");
            return;
        }
        w.WriteString("function", function);
        w.WriteString("file", file);
        w.WriteNumber("line", line ?? 0);
    }

    private static void WriteNumbers(Utf8JsonWriter w, string name, IEnumerable<long> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteNumberValue(v);
        }
        w.WriteEndArray();
    }

    // "ChanSend" -> "chanSend", "IO" -> "io": the leading run of capitals is lowered.
    private static string ToCamel(string pascal)
    {
        int run = 0;
        while (run < pascal.Length && char.IsUpper(pascal[run]))
        {
            run++;
        }
        if (run > 1 && run < pascal.Length)
        {
            run--; // keep the capital that starts the next word
        }
        return pascal[..run].ToLowerInvariant() + pascal[run..];
    }
}
