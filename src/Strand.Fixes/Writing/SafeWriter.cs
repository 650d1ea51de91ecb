using System.Collections.Immutable;
using System.Security.Cryptography;
using Strand.Syntax.Files;

namespace Strand.Fixes.Writing;

/// <summary>A file to rewrite: the bytes it had when read and the bytes it should get.</summary>
public sealed record FileChange(string Path, byte[] Original, byte[] Updated);

/// <summary>What writing did: the files written, or why nothing was (every file then keeps its old bytes).</summary>
public sealed record WriteOutcome(bool Succeeded, ImmutableArray<string> Written, ImmutableArray<string> Errors);

/// <summary>
/// Writes several files so that each ends either fully old or fully new: every new content goes to a
/// temporary file beside its target first (same directory, so the rename is atomic), with the
/// target's mode; each target is re-read and compared with the bytes that were planned against right
/// before its rename; on any failure the temporaries are removed and targets already renamed are
/// restored from the originals held in memory. Only files under the allowed roots are touched.
/// </summary>
public sealed class SafeWriter(IFileSystem fileSystem)
{
    public static SafeWriter Disk { get; } = new(PhysicalFileSystem.Instance);

    public WriteOutcome WriteAll(IReadOnlyList<FileChange> changes, IReadOnlyList<string> allowedRoots)
    {
        var errors = ImmutableArray.CreateBuilder<string>();
        foreach (var change in changes)
        {
            if (!IsUnder(change.Path, allowedRoots))
            {
                errors.Add($"{change.Path}: not under the paths given on the command line; not written");
            }
        }
        if (errors.Count > 0)
        {
            return Failed(errors);
        }

        var temps = new List<(FileChange Change, string Temp)>();
        var renamed = new List<FileChange>();
        try
        {
            foreach (var change in changes)
            {
                var temp = TempPathFor(change.Path);
                fileSystem.WriteAllBytes(temp, change.Updated);
                temps.Add((change, temp));
                if (fileSystem.GetMode(change.Path) is { } mode)
                {
                    fileSystem.SetMode(temp, mode);
                }
            }
            // Refuse before renaming anything if any file changed since it was read.
            foreach (var (change, _) in temps)
            {
                if (!Unchanged(change))
                {
                    errors.Add($"{change.Path}: changed on disk since it was read; nothing written");
                }
            }
            if (errors.Count > 0)
            {
                RemoveTemps(temps, renamed);
                return Failed(errors);
            }
            foreach (var (change, temp) in temps)
            {
                // The last look before the rename keeps the window for a lost concurrent edit minimal.
                if (!Unchanged(change))
                {
                    throw new IOException($"{change.Path}: changed on disk since it was read");
                }
                fileSystem.Replace(temp, change.Path);
                renamed.Add(change);
            }
            return new WriteOutcome(true, [.. changes.Select(c => c.Path)], []);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add($"{e.Message}; every file keeps its old contents");
            RemoveTemps(temps, renamed);
            foreach (var change in renamed)
            {
                Restore(change, errors);
            }
            return Failed(errors);
        }
    }

    private bool Unchanged(FileChange change)
    {
        var current = fileSystem.ReadAllBytes(change.Path);
        return SHA256.HashData(current).AsSpan().SequenceEqual(SHA256.HashData(change.Original));
    }

    private void RemoveTemps(List<(FileChange Change, string Temp)> temps, List<FileChange> renamed)
    {
        foreach (var (change, temp) in temps)
        {
            if (renamed.Contains(change))
            {
                continue;
            }
            TryDelete(temp);
        }
    }

    private void Restore(FileChange change, ImmutableArray<string>.Builder errors)
    {
        // Two tries: the original bytes are still in memory, so a transient failure loses nothing.
        for (var attempt = 1; attempt <= 2; attempt++)
        {
            var temp = TempPathFor(change.Path);
            try
            {
                fileSystem.WriteAllBytes(temp, change.Original);
                if (fileSystem.GetMode(change.Path) is { } mode)
                {
                    fileSystem.SetMode(temp, mode);
                }
                fileSystem.Replace(temp, change.Path);
                return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                TryDelete(temp);
                if (attempt == 2)
                {
                    errors.Add($"{change.Path}: could not restore the original contents ({e.Message})");
                }
            }
        }
    }

    private void TryDelete(string path)
    {
        try
        {
            fileSystem.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A stray temporary is harmless; the user's file is what matters.
        }
    }

    private static string TempPathFor(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        var name = Path.GetFileName(path);
        return Path.Combine(directory, $".{name}.strand-{Guid.NewGuid():N}.tmp");
    }

    /// <summary>True when <paramref name="path"/> is one of the roots or inside one of them.</summary>
    public static bool IsUnder(string path, IReadOnlyList<string> roots)
    {
        var full = Path.GetFullPath(path);
        foreach (var root in roots)
        {
            var fullRoot = Path.GetFullPath(GoFileFinder.PatternRoot(root));
            if (full == fullRoot)
            {
                return true;
            }
            var prefix = fullRoot.EndsWith(Path.DirectorySeparatorChar) ? fullRoot : fullRoot + Path.DirectorySeparatorChar;
            if (full.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static WriteOutcome Failed(ImmutableArray<string>.Builder errors) => new(false, [], errors.ToImmutable());
}
