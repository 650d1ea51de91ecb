using System.Globalization;
using System.IO.Compression;
using Google.Protobuf;
using Strand.Dumps.Records;
using Strand.Dumps.Scanning;

namespace Strand.Dumps.Formats;

/// <summary>What reading one input gave: its form and how many goroutines it held.</summary>
public sealed record ReadSummary(string Source, string Form, long Goroutines, bool Failed);

/// <summary>
/// Reads one input of any supported form, detected from its bytes: text dumps (any of the text
/// forms), gzip (decompressed with a bound, then detected again) and binary pprof profiles.
/// Problems become diagnostics on the sink; no exception escapes for bad input.
/// </summary>
public static class DumpReader
{
    /// <summary>Bound on decompressed bytes of a binary profile (held whole to decode it).</summary>
    public const long MaxProfileBytes = 256L << 20;

    /// <summary>Bound on decompressed bytes of a gzipped text dump (streamed; the bound only stops bombs).</summary>
    public const long MaxGzipTextBytes = 16L << 30;

    public static ReadSummary Read(Stream input, string source, StackTable stacks, IDumpSink sink)
    {
        try
        {
            return ReadDetected(input, source, stacks, sink, compressed: false);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or InvalidProtocolBufferException)
        {
            sink.OnDiagnostic(new DumpDiagnostic(DiagnosticLevel.Error, source, 0, 0, Describe(e)));
            return new ReadSummary(source, "unreadable", 0, true);
        }
    }

    private static ReadSummary ReadDetected(Stream input, string source, StackTable stacks, IDumpSink sink, bool compressed)
    {
        var head = new byte[4096];
        int headLength = ReadUpTo(input, head);
        var kind = InputSniffer.Sniff(head.AsSpan(0, headLength));
        var whole = new PrefixedStream(head.AsMemory(0, headLength), input);
        switch (kind)
        {
            case InputKind.Empty:
                return Fail(sink, source, compressed ? "the gzip stream is empty" : "the input is empty");
            case InputKind.Gzip when !compressed:
            {
                using var gzip = new GZipStream(whole, CompressionMode.Decompress);
                using var bounded = new BoundedStream(gzip, MaxGzipTextBytes);
                return ReadDetected(bounded, source, stacks, sink, compressed: true);
            }
            case InputKind.Protobuf or InputKind.Binary:
            {
                // pprof writers order fields freely, so any binary input is tried as a profile.
                using var bounded = new BoundedStream(whole, MaxProfileBytes);
                try
                {
                    long n = ProfileParser.Parse(bounded, stacks, sink, source);
                    return new ReadSummary(source, compressed ? "pprof (gzip)" : "pprof", n, false);
                }
                catch (InvalidProtocolBufferException e)
                {
                    return Fail(sink, source, $"binary data that is not gzip or a pprof goroutine profile (first bytes {Convert.ToHexString(head, 0, Math.Min(8, headLength)).ToLowerInvariant()}): {e.Message}");
                }
            }
            case InputKind.Text:
            {
                var parser = new TextDumpParser(stacks, sink, source);
                parser.Parse(whole);
                if (parser.Goroutines == 0)
                {
                    return Fail(sink, source, parser.SawRaceReport
                        ? "this is a race detector report (WARNING: DATA RACE), not a goroutine dump"
                        : "no goroutine found: not a goroutine dump, profile or goleak report");
                }
                return new ReadSummary(source, compressed ? "text (gzip)" : "text", parser.Goroutines, false);
            }
            default:
                return Fail(sink, source, "gzip inside gzip is not read");
        }
    }

    private static ReadSummary Fail(IDumpSink sink, string source, string message)
    {
        sink.OnDiagnostic(new DumpDiagnostic(DiagnosticLevel.Error, source, 0, 0, message));
        return new ReadSummary(source, "unreadable", 0, true);
    }

    private static int ReadUpTo(Stream stream, byte[] buffer)
    {
        int total = 0;
        while (total < buffer.Length)
        {
            int n = stream.Read(buffer, total, buffer.Length - total);
            if (n == 0)
            {
                break;
            }
            total += n;
        }
        return total;
    }

    private static string Describe(Exception e) => e switch
    {
        InputLimitException => e.Message,
        InvalidProtocolBufferException => "not a readable pprof profile: " + e.Message,
        InvalidDataException => "not a readable gzip stream: " + e.Message,
        _ => "read error: " + e.Message,
    };

    internal static string Number(long n) => n.ToString(CultureInfo.InvariantCulture);
}
