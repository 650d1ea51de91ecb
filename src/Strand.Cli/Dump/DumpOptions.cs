using System.Collections.Immutable;
using System.Globalization;
using Strand.Dumps.Grouping;

namespace Strand.Cli.Dump;

/// <summary>The validated arguments of <c>strand dump</c>.</summary>
public sealed record DumpOptions(
    ImmutableArray<string> Inputs,
    bool Json,
    string? SourceDir,
    TimeSpan? Every,
    int Count,
    GroupLevel Level)
{
    public static (DumpOptions? Options, string? Error) Validate(string[]? inputs, string? format, string? source, string? every, string? count, string? level)
    {
        if (inputs is null || inputs.Length == 0)
        {
            return (null, "give at least one dump file, - for stdin, or a URL");
        }
        if (inputs.FirstOrDefault(i => i.Length > 1 && i[0] == '-') is { } unknown)
        {
            return (null, $"unknown option {unknown}");
        }
        bool json;
        switch (format ?? "text")
        {
            case "text": json = false; break;
            case "json": json = true; break;
            default: return (null, $"--format must be text or json, not {format}");
        }
        GroupLevel groupLevel;
        switch (level ?? "lines")
        {
            case "exact": groupLevel = GroupLevel.Exact; break;
            case "lines": groupLevel = GroupLevel.Lines; break;
            case "functions": groupLevel = GroupLevel.Functions; break;
            default: return (null, $"--level must be exact, lines or functions, not {level}");
        }
        if (source is not null && !Directory.Exists(source))
        {
            return (null, $"--source {source}: no such directory");
        }
        TimeSpan? interval = null;
        int snapshots = 1;
        if (every is not null || count is not null)
        {
            if (every is not null)
            {
                if (!DurationText.TryParse(every, out var parsed) || parsed <= TimeSpan.Zero)
                {
                    return (null, $"--every {every}: not a duration (examples: 10s, 500ms, 1m)");
                }
                interval = parsed;
            }
            snapshots = 6;
            if (count is not null && (!int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out snapshots) || snapshots < 1 || snapshots > 10000))
            {
                return (null, $"--count {count}: give a whole number from 1 to 10000");
            }
            interval ??= TimeSpan.FromSeconds(10);
            if (inputs.Length != 1 || !IsUrl(inputs[0]))
            {
                return (null, "--every and --count take exactly one http(s) URL");
            }
        }
        return (new DumpOptions([.. inputs], json, source, interval, snapshots, groupLevel), null);
    }

    public static bool IsUrl(string input) =>
        input.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || input.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}
