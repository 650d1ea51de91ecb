using System.Collections.Immutable;
using Strand.Semantics;

namespace Strand.Analysis.Engine;

/// <summary>The loaded packages that the request names: by directory, or by one of their files.</summary>
internal static class NamedPackages
{
    public static ImmutableArray<GoPackage> Select(ImmutableArray<GoPackage> packages, ImmutableArray<string> paths)
    {
        var named = paths.Select(Full).ToHashSet(StringComparer.Ordinal);
        return [.. packages.Where(p => named.Contains(Full(p.Directory)) || p.Files.Any(f => named.Contains(Full(f.Path))))];
    }

    private static string Full(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path.Length == 0 ? "." : path));
}
