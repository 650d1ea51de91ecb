namespace Strand.Dumps.Formats;

/// <summary>
/// Cuts a text goroutine dump file into chunks that each start at a goroutine header preceded by
/// a blank line, so every chunk can be parsed on its own. Only files whose first line is a
/// goroutine header are cut; anything else is left to the sequential reader.
/// </summary>
internal static class ChunkSplitter
{
    private const int Window = 1 << 20;
    private const int WindowsPerCut = 8; // look this far past a cut point for a boundary

    /// <summary>The first goroutine's id and the chunk start offsets (the first is 0), or null.</summary>
    public static (long FirstId, List<long> Starts)? Split(string path, int chunks)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.RandomAccess);
        long length = file.Length;
        var buffer = new byte[Window];
        int n = ReadAt(file, 0, buffer);
        int newline = buffer.AsSpan(0, n).IndexOf((byte)'\n');
        if (newline < 0 || !HeaderParser.TryParse(buffer.AsSpan(0, newline).TrimEnd((byte)'\r'), out var first))
        {
            return null;
        }
        long firstId = first.Id;
        var starts = new List<long> { 0 };
        for (int i = 1; i < chunks; i++)
        {
            long at = FindBoundary(file, Math.Max(length * i / chunks, starts[^1] + 1), length, buffer);
            if (at > starts[^1] && at < length)
            {
                starts.Add(at);
            }
        }
        return starts.Count < 2 ? null : (firstId, starts);
    }

    // The offset of the first "goroutine N [...]:" line at or after `from` that follows a blank line, or -1.
    private static long FindBoundary(FileStream file, long from, long length, byte[] buffer)
    {
        ReadOnlySpan<byte> marker = "\n\ngoroutine "u8;
        long windowStart = Math.Max(0, from - 2);
        for (int w = 0; w < WindowsPerCut && windowStart < length; w++)
        {
            int n = ReadAt(file, windowStart, buffer);
            var span = buffer.AsSpan(0, n);
            int searched = 0;
            while (true)
            {
                int hit = span[searched..].IndexOf(marker);
                if (hit < 0)
                {
                    break;
                }
                int lineStart = searched + hit + 2;
                int lineEnd = span[lineStart..].IndexOf((byte)'\n');
                if (lineEnd < 0)
                {
                    break; // the line runs past the window: look again from here
                }
                if (HeaderParser.TryParse(span.Slice(lineStart, lineEnd).TrimEnd((byte)'\r'), out _))
                {
                    return windowStart + lineStart;
                }
                searched = lineStart;
            }
            if (n < buffer.Length)
            {
                break;
            }
            windowStart += Math.Max(searched, n - 4096);
        }
        return -1;
    }

    private static int ReadAt(FileStream file, long offset, byte[] buffer)
    {
        file.Position = Math.Max(0, offset);
        int total = 0;
        while (total < buffer.Length)
        {
            int n = file.Read(buffer, total, buffer.Length - total);
            if (n == 0)
            {
                break;
            }
            total += n;
        }
        return total;
    }
}
