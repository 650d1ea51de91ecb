namespace Strand.Dumps.Sources;

/// <summary>
/// Maps the file paths printed in a dump (often absolute paths on another machine) to files under
/// a local directory, by the longest matching path suffix, and reads their lines.
/// </summary>
public sealed class SourceIndex
{
    private const long MaxFileBytes = 8 << 20;
    private readonly string _root;
    private readonly Dictionary<string, List<string>> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _resolved = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]?> _lines = new(StringComparer.Ordinal);

    public SourceIndex(string root)
    {
        _root = Path.GetFullPath(root);
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint };
        foreach (var file in Directory.EnumerateFiles(_root, "*.go", options))
        {
            string relative = Path.GetRelativePath(_root, file).Replace('\\', '/');
            if (relative.StartsWith(".git/", StringComparison.Ordinal))
            {
                continue;
            }
            string name = relative[(relative.LastIndexOf('/') + 1)..];
            if (!_byName.TryGetValue(name, out var list))
            {
                _byName[name] = list = [];
            }
            list.Add(relative);
        }
        foreach (var list in _byName.Values)
        {
            list.Sort(StringComparer.Ordinal);
        }
    }

    /// <summary>The local file for a dump path (null when no file of that name exists under the root).</summary>
    public string? Resolve(string dumpPath)
    {
        if (_resolved.TryGetValue(dumpPath, out var known))
        {
            return known;
        }
        string normal = dumpPath.Replace('\\', '/');
        string name = normal[(normal.LastIndexOf('/') + 1)..];
        string? best = null;
        int bestScore = -1;
        if (_byName.TryGetValue(name, out var candidates))
        {
            foreach (var candidate in candidates)
            {
                int score = MatchingSuffix(normal, candidate);
                if (score > bestScore || (score == bestScore && best is not null && candidate.Length < best.Length))
                {
                    best = candidate;
                    bestScore = score;
                }
            }
        }
        string? full = best is null ? null : Path.Combine(_root, best);
        _resolved[dumpPath] = full;
        return full;
    }

    /// <summary>The text of a 1-based line of a dump path's file (trimmed), or null.</summary>
    public string? Line(string dumpPath, int line) => Lines(dumpPath) is { } lines && line >= 1 && line <= lines.Length ? lines[line - 1].Trim() : null;

    /// <summary>All lines of the file a dump path maps to, or null.</summary>
    public string[]? Lines(string dumpPath)
    {
        string? file = Resolve(dumpPath);
        if (file is null)
        {
            return null;
        }
        if (!_lines.TryGetValue(file, out var lines))
        {
            try
            {
                lines = new FileInfo(file).Length <= MaxFileBytes ? File.ReadAllLines(file) : null;
            }
            catch (IOException)
            {
                lines = null;
            }
            catch (UnauthorizedAccessException)
            {
                lines = null;
            }
            _lines[file] = lines;
        }
        return lines;
    }

    /// <summary>Number of path components shared at the end of both paths.</summary>
    public static int MatchingSuffix(string a, string b)
    {
        var x = a.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var y = b.Split('/', StringSplitOptions.RemoveEmptyEntries);
        int n = 0;
        while (n < x.Length && n < y.Length && x[^(n + 1)] == y[^(n + 1)])
        {
            n++;
        }
        return n;
    }
}
