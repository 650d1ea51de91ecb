namespace Strand.Semantics;

/// <summary>A Go module: its root directory (full path) and module path from go.mod.</summary>
internal sealed record ModuleInfo(string Root, string Path)
{
    /// <summary>Finds the nearest go.mod at or above <paramref name="fullDir"/>, caching per directory.</summary>
    public static ModuleInfo? Find(string fullDir, Dictionary<string, ModuleInfo?> cache, IReadOnlyDictionary<string, byte[]> overlay)
    {
        var visited = new List<string>();
        ModuleInfo? found = null;
        for (var dir = fullDir; !string.IsNullOrEmpty(dir); dir = Parent(dir))
        {
            if (cache.TryGetValue(dir, out var cached))
            {
                found = cached;
                break;
            }
            visited.Add(dir);
            var goMod = dir.EndsWith('/') ? dir + "go.mod" : dir + "/go.mod";
            byte[]? bytes = overlay.GetValueOrDefault(goMod);
            if (bytes is null && File.Exists(goMod))
            {
                try
                {
                    bytes = File.ReadAllBytes(goMod);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    bytes = null;
                }
            }
            if (bytes is not null)
            {
                var path = ModulePath(System.Text.Encoding.UTF8.GetString(bytes));
                found = path is null ? null : new ModuleInfo(dir, path);
                break;
            }
        }
        foreach (var d in visited)
        {
            cache[d] = found;
        }
        return found;
    }

    private static string? Parent(string dir)
    {
        if (dir == "/" || dir.Length <= 1)
        {
            return null;
        }
        var i = dir.TrimEnd('/').LastIndexOf('/');
        return i < 0 ? null : i == 0 ? "/" : dir[..i];
    }

    /// <summary>The argument of the <c>module</c> directive (quoted or not, comments stripped).</summary>
    public static string? ModulePath(string goMod)
    {
        foreach (var raw in goMod.Split('\n'))
        {
            var line = raw;
            var comment = line.IndexOf("//", StringComparison.Ordinal);
            if (comment >= 0)
            {
                line = line[..comment];
            }
            line = line.Trim();
            if (line.StartsWith("module", StringComparison.Ordinal) && line.Length > 6 && char.IsWhiteSpace(line[6]))
            {
                var path = line[6..].Trim().Trim('"', '`');
                return path.Length == 0 ? null : path;
            }
        }
        return null;
    }

    /// <summary>The import path of a directory inside this module.</summary>
    public string ImportPathOf(string fullDir)
    {
        var rel = System.IO.Path.GetRelativePath(Root, fullDir).Replace('\\', '/');
        if (rel == ".")
        {
            return Path;
        }
        return Path == "std" ? rel : Path + "/" + rel;
    }

    /// <summary>The directory an import path names inside this module (or its vendor tree), if it exists.</summary>
    public string? DirectoryOf(string importPath)
    {
        string? candidate = null;
        if (Path == "std")
        {
            candidate = Root + "/" + importPath;
        }
        else if (importPath == Path)
        {
            candidate = Root;
        }
        else if (importPath.StartsWith(Path + "/", StringComparison.Ordinal))
        {
            candidate = Root + "/" + importPath[(Path.Length + 1)..];
        }
        if (candidate is not null && Directory.Exists(candidate))
        {
            return candidate;
        }
        var vendored = Root + "/vendor/" + importPath;
        return Directory.Exists(vendored) ? vendored : null;
    }
}
