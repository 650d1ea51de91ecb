using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;

namespace Strand.Analysis.Engine;

/// <summary>The original bytes of analysed files (overlay first, then disk), for edits and for quoting code in titles.</summary>
public sealed class SourceCache(ImmutableDictionary<string, byte[]>? overlay)
{
    private readonly ConcurrentDictionary<string, byte[]?> _files = new(StringComparer.Ordinal);

    public byte[]? Bytes(string path) => _files.GetOrAdd(path, p =>
    {
        if (overlay is not null && overlay.TryGetValue(p, out var b))
        {
            return b;
        }
        try
        {
            return File.Exists(p) ? File.ReadAllBytes(p) : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    });

    /// <summary>The text of bytes [pos, end) of a file, or null when unavailable.</summary>
    public string? Text(string path, int pos, int end)
    {
        var b = Bytes(path);
        if (b is null || pos < 0 || end > b.Length || end < pos)
        {
            return null;
        }
        return Encoding.UTF8.GetString(b, pos, end - pos);
    }

    /// <summary>The leading whitespace of the line holding <paramref name="pos"/>.</summary>
    public string Indent(string path, int pos)
    {
        var b = Bytes(path);
        if (b is null || pos > b.Length)
        {
            return "";
        }
        var start = pos;
        while (start > 0 && b[start - 1] != '\n')
        {
            start--;
        }
        var i = start;
        while (i < b.Length && (b[i] == '\t' || b[i] == ' '))
        {
            i++;
        }
        return Encoding.UTF8.GetString(b, start, i - start);
    }
}
