namespace Strand.Syntax.Files;

/// <summary>
/// Expands command-line paths into Go source files: a file is taken as given; a directory is walked
/// recursively for <c>.go</c> files, skipping <c>vendor</c>, <c>testdata</c> and hidden or
/// underscore-prefixed directories below it (as the go tool does); <c>dir/...</c> and <c>./...</c>
/// mean the directory, recursively. With includeSkipped nothing is skipped. Results keep the given prefix, distinct and sorted.
/// </summary>
public static class GoFileFinder
{
    public sealed record Expansion(IReadOnlyList<string> Files, IReadOnlyList<string> Missing);

    public static Expansion Expand(IEnumerable<string> paths, bool includeSkipped = false)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var missing = Stream(paths, includeSkipped, path => files.Add(path));
        return new Expansion([.. files], missing);
    }

    /// <summary>
    /// The files <see cref="Expand"/> would list, handed to <paramref name="onFile"/> as the walk
    /// finds them (unsorted, possibly more than once when paths overlap), so that work on them can
    /// start before the walk ends. Returns the paths that do not exist.
    /// </summary>
    public static IReadOnlyList<string> Stream(IEnumerable<string> paths, bool includeSkipped, Action<string> onFile)
    {
        var missing = new List<string>();
        foreach (var raw in paths)
        {
            var path = PatternRoot(raw);
            if (File.Exists(path))
            {
                onFile(path);
            }
            else if (Directory.Exists(path))
            {
                Walk(path, onFile, includeSkipped);
            }
            else
            {
                missing.Add(raw);
            }
        }
        return missing;
    }

    /// <summary>The file or directory a command-line path names: <c>dir/...</c> is <c>dir</c>, <c>...</c> is <c>.</c>.</summary>
    public static string PatternRoot(string path)
    {
        if (path == "...")
        {
            return ".";
        }
        if (path.EndsWith("/...", StringComparison.Ordinal) || path.EndsWith("\\...", StringComparison.Ordinal))
        {
            var root = path[..^4];
            return root.Length == 0 ? "/" : root;
        }
        return path;
    }

    private static void Walk(string dir, Action<string> onFile, bool includeSkipped)
    {
        IEnumerable<FileSystemInfo> entries;
        try
        {
            entries = new DirectoryInfo(dir).EnumerateFileSystemInfos();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return; // unreadable directories are skipped, as the go tool's walk does
        }
        foreach (var entry in entries)
        {
            var name = entry.Name;
            var path = Path.Join(dir, name);
            if (entry is DirectoryInfo)
            {
                // Symbolic links to directories are not followed (as filepath.Walk): no cycles.
                if (entry.LinkTarget is not null || !includeSkipped && IsSkippedDirectory(name))
                {
                    continue;
                }
                Walk(path, onFile, includeSkipped);
            }
            else if (name.EndsWith(".go", StringComparison.Ordinal) && (includeSkipped || !name.StartsWith('.')) && !IsDirectoryLink(entry))
            {
                onFile(path);
            }
        }
    }

    /// <summary>A symbolic link that points at a directory (enumerated as a file entry on some systems).</summary>
    private static bool IsDirectoryLink(FileSystemInfo entry) =>
        entry.LinkTarget is not null && Directory.Exists(entry.FullName);

    /// <summary>Directories the go tool ignores when walking: vendor, testdata, and names starting with . or _.</summary>
    public static bool IsSkippedDirectory(string name) =>
        name is "vendor" or "testdata" || name.StartsWith('.') || name.StartsWith('_');
}
