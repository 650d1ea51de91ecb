namespace Strand.Semantics;

/// <summary>Path helpers: user-form paths keep what the user typed (relative stays relative) with '/' separators.</summary>
internal static class Paths
{
    public static string Normalize(string path)
    {
        var p = path.Replace('\\', '/');
        while (p.StartsWith("./", StringComparison.Ordinal) && p.Length > 2)
        {
            p = p[2..];
        }
        while (p.Length > 1 && p.EndsWith('/'))
        {
            p = p[..^1];
        }
        return p.Length == 0 ? "." : p;
    }

    public static string Join(string dir, string name) => dir == "." ? name : dir.EndsWith('/') ? dir + name : dir + "/" + name;

    public static string DirectoryOf(string path)
    {
        var i = path.LastIndexOf('/');
        return i < 0 ? "." : i == 0 ? "/" : path[..i];
    }

    public static string FileName(string path) => path[(path.LastIndexOf('/') + 1)..];

    public static string Full(string path) => Path.GetFullPath(path).Replace('\\', '/');

    /// <summary>The user form of <paramref name="targetFull"/>, relative to a directory known in both forms.</summary>
    public static string UserForm(string targetFull, string referenceUser, string referenceFull)
    {
        if (Path.IsPathRooted(referenceUser))
        {
            return targetFull;
        }
        var rel = Path.GetRelativePath(referenceFull, targetFull).Replace('\\', '/');
        if (rel == ".")
        {
            return referenceUser;
        }
        var parts = new List<string>(referenceUser == "." ? [] : referenceUser.Split('/'));
        foreach (var part in rel.Split('/'))
        {
            if (part == "..")
            {
                if (parts.Count > 0 && parts[^1] != "..")
                {
                    parts.RemoveAt(parts.Count - 1);
                }
                else
                {
                    parts.Add("..");
                }
            }
            else if (part != ".")
            {
                parts.Add(part);
            }
        }
        return parts.Count == 0 ? "." : string.Join('/', parts);
    }
}
