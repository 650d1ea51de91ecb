using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Strand.Analysis.Findings;
using Strand.Fixes.Editing;
using Strand.Syntax.Parsing;

namespace Strand.Fixes.Tests;

/// <summary>
/// A golden fix case: testdata/NAME/input.go, the expected.go a reviewed fix produces, and
/// finding.json describing the finding (positions given as the first occurrence of a text):
/// <c>{"check", "at", "object": {"name", "at"}, "goroutine": "text", "planner", "compiles", "dynamic"}</c>.
/// </summary>
internal sealed class GoldenCase
{
    private GoldenCase(string name, string directory, byte[] input, SourceDocument document, Finding finding, JsonElement spec)
    {
        Name = name;
        Directory = directory;
        Input = input;
        Document = document;
        Finding = finding;
        Planner = spec.GetProperty("planner").GetString()!;
        Compiles = spec.TryGetProperty("compiles", out var c) && c.GetBoolean();
        Dynamic = spec.TryGetProperty("dynamic", out var d) && d.GetBoolean();
    }

    public static string Root => Path.Combine(AppContext.BaseDirectory, "testdata");

    public string Name { get; }
    public string Directory { get; }
    public byte[] Input { get; }
    public SourceDocument Document { get; }
    public Finding Finding { get; }
    public string Planner { get; }
    public bool Compiles { get; }
    public bool Dynamic { get; }

    public string ExpectedPath => Path.Combine(Directory, "expected.go");

    public static IEnumerable<object[]> Names() =>
        System.IO.Directory.GetDirectories(Root).Select(d => new object[] { Path.GetFileName(d) }).OrderBy(n => (string)n[0], StringComparer.Ordinal);

    public static IEnumerable<object[]> DynamicNames() => Names().Where(n => Load((string)n[0]).Dynamic);

    public static GoldenCase Load(string name)
    {
        var directory = Path.Combine(Root, name);
        var input = File.ReadAllBytes(Path.Combine(directory, "input.go"));
        const string path = "input.go";
        var document = new SourceDocument(path, input, GoParser.ParseFile(path, input).File);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "finding.json")));
        var spec = json.RootElement.Clone();
        var span = SpanOf(document, spec.GetProperty("at").GetString()!);
        NamedObject? obj = null;
        if (spec.TryGetProperty("object", out var o))
        {
            obj = new NamedObject(o.GetProperty("name").GetString()!, SpanOf(document, o.GetProperty("at").GetString()!));
        }
        SourceSpan? goroutine = spec.TryGetProperty("goroutine", out var g) ? SpanOf(document, g.GetString()!) : null;
        var finding = new Finding(spec.GetProperty("check").GetString()!, Severity.Error, "synthetic finding for " + name,
            span, goroutine, obj, [], [], []);
        return new GoldenCase(name, directory, input, document, finding, spec);
    }

    /// <summary>The span of the first occurrence of <paramref name="text"/> in the file.</summary>
    public static SourceSpan SpanOf(SourceDocument document, string text)
    {
        var needle = Encoding.UTF8.GetBytes(text);
        var start = document.Bytes.AsSpan().IndexOf(needle);
        if (start < 0)
        {
            throw new InvalidOperationException($"'{text}' not found in {document.Path}");
        }
        var from = document.Lines.Position(start);
        var to = document.Lines.Position(start + needle.Length);
        return new SourceSpan(document.Path, from.Line, from.Column, to.Line, to.Column);
    }

    /// <summary>Runs the case's planner and applies its first fix; the declines when it plans nothing.</summary>
    public (byte[]? Output, SuggestedFix? Fix, IReadOnlyList<string> Declines) Apply()
    {
        var context = new Planners.FixContext(Finding, Document, _ => null);
        var planner = Planners.PlannerCatalog.All.Single(p => p.Name == Planner);
        var fix = planner.Plan(context).FirstOrDefault();
        if (fix is null)
        {
            return (null, null, context.Declines);
        }
        return (EditApplier.Apply(Input, fix.Edits), fix, context.Declines);
    }
}
