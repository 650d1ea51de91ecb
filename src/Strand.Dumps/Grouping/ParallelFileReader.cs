using Strand.Dumps.Formats;
using Strand.Dumps.Scanning;

namespace Strand.Dumps.Grouping;

/// <summary>
/// Reads a large text dump file on several threads: the file is cut at goroutine boundaries,
/// each chunk is parsed into its own tallies, and the chunks are merged in file order so the
/// result is the one the sequential reader gives. Whenever a chunk leaves any doubt (a
/// diagnostic, a log prefix, a counted profile, text between dumps at a cut, a snapshot that
/// starts with another goroutine id than the file's first), it gives up and returns null.
/// </summary>
internal static class ParallelFileReader
{
    /// <summary>Smaller files are read sequentially: threads would not pay for themselves.</summary>
    public const long DefaultMinBytes = 32L << 20;

    public static IReadOnlyList<ChunkSink>? TryRead(string path, string source, int chunks)
    {
        var split = ChunkSplitter.Split(path, chunks);
        if (split is not { } s)
        {
            return null;
        }
        long length = new FileInfo(path).Length;
        int count = s.Starts.Count;
        var sinks = new ChunkSink?[count];
        var parsers = new TextDumpParser?[count];
        int next = -1;
        void Work()
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                long end = i + 1 < count ? s.Starts[i + 1] : length;
                (sinks[i], parsers[i]) = ParseChunk(path, source, s.Starts[i], end - s.Starts[i], i == 0 ? -1 : s.FirstId);
            }
        }
        // Dedicated threads, not pool ones: each line reader reads ahead on the pool.
        var helpers = Enumerable.Range(0, Math.Min(Environment.ProcessorCount, count) - 1)
            .Select(_ => new Thread(Work) { IsBackground = true, Name = "strand-dump-chunk" }).ToList();
        helpers.ForEach(t => t.Start());
        Work();
        helpers.ForEach(t => t.Join());
        for (int i = 0; i < count; i++)
        {
            if (sinks[i] is not { } sink || parsers[i] is not { } parser || InDoubt(sink, parser, last: i == count - 1, s.FirstId))
            {
                return null;
            }
        }
        return sinks!;
    }

    private static (ChunkSink?, TextDumpParser?) ParseChunk(string path, string source, long start, long length, long continuedId)
    {
        try
        {
            var sink = new ChunkSink();
            var parser = new TextDumpParser(sink.Stacks, sink, source);
            if (continuedId >= 0)
            {
                parser.ContinueSnapshot(continuedId);
            }
            using var stream = new FileRangeStream(path, start, length);
            parser.Parse(stream);
            return (sink, parser);
        }
        catch (Exception)
        {
            // Never let a worker thread take the process down: the sequential reader runs
            // instead and reports whatever went wrong the way it always has.
            return (null, null);
        }
    }

    private static bool InDoubt(ChunkSink sink, TextDumpParser parser, bool last, long firstId) =>
        sink.Diagnostics > 0 || parser.LearnedPrefix || parser.SawCountedProfile || parser.Goroutines == 0
        || (!last && (parser.EndedWithForeignText || parser.OpenSnapshotFirstId != firstId));
}
