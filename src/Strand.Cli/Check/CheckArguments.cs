using System.Collections.Immutable;
using Strand.Analysis.Checks;
using Strand.Syntax.Files;

namespace Strand.Cli.Check;

/// <summary>
/// Turns the raw command-line values of <c>strand check</c> into <see cref="CheckOptions"/>, or
/// into a usage error in plain words (exit code 2): an unknown format, an unknown check id, a path
/// that does not exist.
/// </summary>
public static class CheckArguments
{
    public static (CheckOptions? Options, string? Error) Validate(
        string[]? paths, string? format, string? checks, bool verbose, bool stats)
    {
        var parsedFormat = (format ?? "text").Trim().ToLowerInvariant() switch
        {
            "text" => ReportFormat.Text,
            "json" => ReportFormat.Json,
            "sarif" => ReportFormat.Sarif,
            _ => (ReportFormat?)null,
        };
        if (parsedFormat is null)
        {
            return (null, $"unknown format '{format}' (want text, json or sarif)");
        }

        ImmutableHashSet<string>? selected = null;
        if (!string.IsNullOrWhiteSpace(checks))
        {
            var ids = checks.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var unknown = ids.Where(id => !CheckCatalog.IsKnown(id)).ToList();
            if (unknown.Count > 0)
            {
                return (null, $"unknown check {string.Join(", ", unknown.Select(u => $"'{u}'"))}; known checks: {string.Join(", ", CheckCatalog.Ids)}");
            }
            selected = ids.ToImmutableHashSet(StringComparer.Ordinal);
        }

        var list = paths is { Length: > 0 } ? paths : ["."];
        foreach (var path in list)
        {
            if (!Exists(path))
            {
                return (null, $"{path}: no such file or directory");
            }
        }
        return (new CheckOptions([.. list], parsedFormat.Value, selected, verbose, stats), null);
    }

    /// <summary>A file, a directory, or a <c>dir/...</c> pattern whose directory exists.</summary>
    private static bool Exists(string path)
    {
        var root = GoFileFinder.PatternRoot(path);
        return File.Exists(root) || Directory.Exists(root);
    }
}
