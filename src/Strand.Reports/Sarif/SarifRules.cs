using System.Text.Json;
using Strand.Analysis.Checks;

namespace Strand.Reports.Sarif;

/// <summary>One SARIF reportingDescriptor per check, from its descriptor.</summary>
internal static class SarifRules
{
    public static void Write(Utf8JsonWriter w, CheckDescriptor check)
    {
        w.WriteStartObject();
        w.WriteString("id", check.Id);
        w.WriteString("name", PascalName(check.Id));
        w.WriteStartObject("shortDescription");
        w.WriteString("text", check.Title + ".");
        w.WriteEndObject();
        w.WriteStartObject("fullDescription");
        w.WriteString("text", Flatten(check.Documentation));
        w.WriteEndObject();
        w.WriteStartObject("help");
        w.WriteString("text", HelpText(check));
        w.WriteString("markdown", HelpMarkdown(check));
        w.WriteEndObject();
        w.WriteStartObject("defaultConfiguration");
        w.WriteString("level", SarifReport.Level(check.DefaultSeverity));
        w.WriteEndObject();
        w.WriteStartObject("properties");
        w.WriteString("since", check.Since);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>"chan-send-leak" -> "ChanSendLeak" (SARIF wants a name without spaces or dashes).</summary>
    public static string PascalName(string id) =>
        string.Concat(id.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));

    private static string Flatten(string text) => string.Join(' ', text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));

    private static string HelpText(CheckDescriptor c) =>
        $"{c.Documentation}\n\nLeaky:\n{c.LeakyExample}\n\nFixed:\n{c.FixedExample}\n";

    private static string HelpMarkdown(CheckDescriptor c) =>
        $"{c.Documentation}\n\nLeaky:\n\n```go\n{c.LeakyExample}\n```\n\nFixed:\n\n```go\n{c.FixedExample}\n```\n";
}
