using System.Collections.Concurrent;
using Strand.Fixes.Editing;
using Strand.Syntax.Parsing;

namespace Strand.Fixes.Engine;

/// <summary>
/// The Go files fixes are planned on, read once and parsed on first use. The bytes kept here are
/// the ones edits are computed against and the ones the writer compares with the disk.
/// Thread-safe: remedies are verified concurrently, and each file is still read and parsed once.
/// </summary>
public sealed class SourceSet(Func<string, byte[]?> read)
{
    private readonly ConcurrentDictionary<string, Lazy<SourceDocument?>> _documents = new(StringComparer.Ordinal);

    public static SourceSet FromDisk(IReadOnlyDictionary<string, byte[]>? overlay = null) => new(path =>
    {
        if (overlay is not null && overlay.TryGetValue(path, out var bytes))
        {
            return bytes;
        }
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    });

    /// <summary>The parsed file, or null when it cannot be read.</summary>
    public SourceDocument? Get(string path) =>
        _documents.GetOrAdd(path, p => new Lazy<SourceDocument?>(() => Parse(p), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    private SourceDocument? Parse(string path)
    {
        var bytes = read(path);
        return bytes is null ? null : new SourceDocument(path, bytes, GoParser.ParseFile(path, bytes).File);
    }
}
