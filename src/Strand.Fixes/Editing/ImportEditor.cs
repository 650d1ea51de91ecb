using Strand.Analysis.Findings;
using Strand.Fixes.Syntax;
using Strand.Syntax.Ast;
using Strand.Syntax.Tokens;

namespace Strand.Fixes.Editing;

/// <summary>
/// Adds an import the way gofmt would keep it: into the standard-library group of a parenthesised
/// block in sorted position, turning a single import into a block, or as a new declaration after
/// the package clause.
/// </summary>
public static class ImportEditor
{
    /// <summary>The name to use for <paramref name="path"/> and the edit that imports it (null when already imported).</summary>
    public static (string Name, TextEdit? Edit) Ensure(SourceDocument document, string path)
    {
        var (names, edits) = EnsureAll(document, [path]);
        return (names[path], edits.Count == 0 ? null : edits[0]);
    }

    /// <summary>Imports every path not yet imported; the edits never overlap one another.</summary>
    public static (IReadOnlyDictionary<string, string> Names, List<TextEdit> Edits) EnsureAll(SourceDocument document, IReadOnlyList<string> paths)
    {
        var file = document.File;
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var path in paths.Distinct().Order(StringComparer.Ordinal))
        {
            if (GoSyntax.ImportName(file, path) is { } existing)
            {
                names[path] = existing;
            }
            else
            {
                names[path] = path[(path.LastIndexOf('/') + 1)..];
                missing.Add($"\"{path}\"");
            }
        }
        var edits = new List<TextEdit>();
        if (missing.Count == 0)
        {
            return (names, edits);
        }
        var imports = file.Decls.OfType<GenDecl>().Where(d => d.Tok == Token.Import).ToList();
        if (imports.Count == 0)
        {
            // After the package clause's line: a blank line, then the import(s).
            var at = document.NextLineStart(file.Name.End);
            var lead = at >= document.Bytes.Length && document.Bytes.Length > 0 && document.Bytes[^1] != (byte)'\n' ? "\n\n" : "\n";
            var text = missing.Count == 1
                ? $"{lead}import {missing[0]}\n"
                : $"{lead}import (\n" + string.Concat(missing.Select(m => $"\t{m}\n")) + ")\n";
            edits.Add(document.Insert(at, text));
            return (names, edits);
        }
        var block = imports.FirstOrDefault(d => d.Lparen != Node.NoPos && d.Specs.Length > 0);
        if (block is not null)
        {
            edits.AddRange(missing.Select(m => InsertIntoBlock(document, block, m)));
            return (names, edits);
        }
        var single = imports[0];
        if (single.Lparen != Node.NoPos || single.Specs.Length == 0)
        {
            // An empty block: `import ()`.
            edits.Add(document.Edit(single.Pos, single.End, "import (\n" + string.Concat(missing.Select(m => $"\t{m}\n")) + ")"));
            return (names, edits);
        }
        var spec = (ImportSpec)single.Specs[0];
        var specText = document.Text(spec);
        string newText;
        if (IsStd(spec.Path.Value))
        {
            var lines = missing.Select(m => (Key: m, Text: m)).Append((Key: spec.Path.Value, Text: specText))
                .OrderBy(l => l.Key, StringComparer.Ordinal);
            newText = "import (\n" + string.Concat(lines.Select(l => $"\t{l.Text}\n")) + ")";
        }
        else
        {
            newText = "import (\n" + string.Concat(missing.Select(m => $"\t{m}\n")) + $"\n\t{specText}\n)";
        }
        edits.Add(document.Edit(single.Pos, single.End, newText));
        return (names, edits);
    }

    private static TextEdit InsertIntoBlock(SourceDocument document, GenDecl block, string quoted)
    {
        var specs = block.Specs.OfType<ImportSpec>().ToList();
        // Groups are runs of specs on consecutive lines; gofmt sorts within each group.
        var groups = new List<List<ImportSpec>> { new() { specs[0] } };
        for (var i = 1; i < specs.Count; i++)
        {
            var previousLine = document.Lines.Position(specs[i - 1].End).Line;
            var line = document.Lines.Position(SpecStart(specs[i])).Line;
            if (line > previousLine + 1)
            {
                groups.Add([]);
            }
            groups[^1].Add(specs[i]);
        }
        var std = groups.FirstOrDefault(g => g.All(s => IsStd(s.Path.Value)));
        if (std is null)
        {
            // No standard-library group: a new one at the top of the block.
            var first = SpecStart(specs[0]);
            return document.Insert(document.LineStartOf(first), $"\t{quoted}\n\n");
        }
        var after = std.LastOrDefault(s => string.CompareOrdinal(SortKey(document.Text(s.Path)), quoted) < 0);
        if (after is null)
        {
            var start = document.LineStartOf(SpecStart(std[0]));
            return document.Insert(start, $"{document.IndentOf(SpecStart(std[0]))}{quoted}\n");
        }
        var lineEnd = document.NextLineStart(after.End);
        return document.Insert(lineEnd, $"{document.IndentOf(SpecStart(after))}{quoted}\n");
    }

    private static int SpecStart(ImportSpec spec) => spec.Doc?.Pos ?? spec.Pos;

    private static string SortKey(string specText) => specText.TrimStart('_', '.', ' ');

    /// <summary>Standard library paths have no dot in their first element.</summary>
    private static bool IsStd(string quotedPath)
    {
        var path = quotedPath.Trim('"', '`');
        var slash = path.IndexOf('/');
        return !(slash < 0 ? path : path[..slash]).Contains('.');
    }
}
