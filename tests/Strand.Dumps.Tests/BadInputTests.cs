using System.IO.Compression;
using System.Text;
using Strand.Dumps.Formats;
using Strand.Dumps.Records;
using Strand.Dumps.Tests.Support;

namespace Strand.Dumps.Tests;

/// <summary>Bad input gives a clear message with a position and keeps what was read; nothing escapes.</summary>
public class BadInputTests
{
    [Fact]
    public void Truncated_dump_keeps_the_goroutines_read_and_says_where_it_ends()
    {
        var sink = Read.Records(Repo.TestData("truncated.txt"));

        Assert.Equal([1L, 6L, 7L], sink.Goroutines.Select(g => g.Id));
        var warning = Assert.Single(sink.Diagnostics);
        Assert.Equal(DiagnosticLevel.Warning, warning.Level);
        Assert.Equal(12, warning.Line);
        Assert.Contains("truncated", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dump_cut_after_a_function_line_is_flagged_truncated()
    {
        var sink = Read.RecordsOfText("goroutine 3 [chan send]:\nmain.f(0x1)\n");

        var g = Assert.Single(sink.Goroutines);
        Assert.True(g.Flags.HasFlag(GoroutineFlags.Truncated) || sink.Diagnostics.Count == 1);
        Assert.Contains("goroutine 3", Assert.Single(sink.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_after_the_last_goroutine_is_not_truncation()
    {
        var sink = Read.RecordsOfText("goroutine 18 [chan send]:\nmain.f()\n\t/app/w.go:9 +0x1d\nexit status 2\n");

        Assert.Single(sink.Goroutines);
        Assert.Empty(sink.Diagnostics);
    }

    [Fact]
    public void A_header_cut_short_at_the_end_is_truncation()
    {
        var sink = Read.RecordsOfText("goroutine 18 [chan send]:\nmain.f()\n\t/app/w.go:9 +0x1d\ngoroutine 19 [chan\n");

        Assert.Single(sink.Goroutines);
        Assert.Contains("truncated", Assert.Single(sink.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_garbage_is_an_error_naming_its_first_bytes()
    {
        var random = new Random(7);
        var bytes = new byte[64 * 1024];
        random.NextBytes(bytes);
        bytes[0] = 0xff;

        var sink = Read.RecordsOfBytes(bytes);

        Assert.Equal(0, sink.Total);
        var error = Assert.Single(sink.Diagnostics);
        Assert.Equal(DiagnosticLevel.Error, error.Level);
        Assert.Contains("binary data", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_data_after_a_text_dump_stops_with_the_line_and_keeps_the_groups()
    {
        var text = Encoding.UTF8.GetBytes("goroutine 1 [running]:\nmain.main()\n\t/a/main.go:3 +0x1\n\n");
        var garbage = new byte[] { 0, 1, 2, 0, 0, 0xff, (byte)'\n', 0, 0 };
        var sink = Read.RecordsOfBytes([.. text, .. garbage]);

        Assert.Equal(1, sink.Total);
        var error = Assert.Single(sink.Diagnostics);
        Assert.Equal(5, error.Line);
        Assert.Equal(DiagnosticLevel.Error, error.Level);
    }

    [Fact]
    public void Gzip_bomb_stops_at_the_decompression_bound()
    {
        // 300 MB of zeros compress to about 300 KB; the profile reader's bound is 256 MB.
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            var block = new byte[1 << 20];
            block[0] = 0x0a; // looks like a protobuf field so the bounded profile reader takes it
            gzip.Write(block);
            Array.Clear(block);
            for (int i = 1; i < 300; i++)
            {
                gzip.Write(block);
            }
        }

        var sink = Read.RecordsOfBytes(compressed.ToArray());

        Assert.Equal(0, sink.Total);
        var error = Assert.Single(sink.Diagnostics);
        Assert.Equal(DiagnosticLevel.Error, error.Level);
    }

    [Fact]
    public void Bounded_stream_throws_past_its_limit()
    {
        using var bounded = new Scanning.BoundedStream(new MemoryStream(new byte[100]), 50);
        var buffer = new byte[100];

        Assert.Throws<Scanning.InputLimitException>(() => bounded.ReadExactly(buffer));
    }

    [Fact]
    public void A_100_MB_single_line_is_skipped_with_a_warning_and_the_dump_after_it_is_read()
    {
        string path = Path.Combine(Path.GetTempPath(), $"strand-longline-{Environment.ProcessId}.txt");
        try
        {
            using (var file = File.Create(path))
            {
                var chunk = Enumerable.Repeat((byte)'x', 1 << 20).ToArray();
                for (int i = 0; i < 100; i++)
                {
                    file.Write(chunk);
                }
                file.Write("\ngoroutine 4 [chan send]:\nmain.f()\n\t/a/main.go:3 +0x1\n"u8);
            }

            var sink = Read.Records(path);

            var g = Assert.Single(sink.Goroutines);
            Assert.Equal(4, g.Id);
            var warning = Assert.Single(sink.Diagnostics);
            Assert.Equal(1, warning.Line);
            Assert.Contains("longer than", warning.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_single_long_line_alone_is_no_dump()
    {
        var sink = Read.RecordsOfBytes(Enumerable.Repeat((byte)'y', 3 << 20).ToArray());

        Assert.Equal(0, sink.Total);
        Assert.Contains(sink.Diagnostics, d => d.Level == DiagnosticLevel.Error && d.Message.Contains("no goroutine", StringComparison.Ordinal));
    }

    [Fact]
    public void Empty_input_and_text_that_is_no_dump_are_errors()
    {
        Assert.Contains("empty", Assert.Single(Read.RecordsOfBytes([]).Diagnostics).Message, StringComparison.Ordinal);
        Assert.Contains("no goroutine", Assert.Single(Read.RecordsOfText("hello\nworld\n").Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_gzip_is_an_error_not_an_exception()
    {
        var full = new ProfileWriter().Sample(1, [("main.f", "/a.go", 1)]).Gzip();
        var sink = Read.RecordsOfBytes(full[..(full.Length / 2)]);

        Assert.Contains(sink.Diagnostics, d => d.Level == DiagnosticLevel.Error);
    }

    [Fact]
    public void A_protobuf_of_another_profile_kind_is_named()
    {
        var heap = new ProfileWriter("alloc_objects").Sample(1, [("main.f", "/a.go", 1)]).Raw();
        var sink = Read.RecordsOfBytes(heap);

        Assert.Contains("alloc_objects", Assert.Single(sink.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_headers_do_not_throw()
    {
        string[] lines =
        [
            "goroutine 99999999999999999999999 [x]:", "goroutine [", "goroutine 1 [", "goroutine 1 ]x[:", "goroutine 1 [a] {:",
            "created by", "created by x in goroutine 99999999999999999999999", "#\t", "1 @", "[originating from goroutine x]:",
            "...elided...", "(", ")", ":", "main.f(", "\t/a.go:", "\t/a.go:99999999999999999 +0xzz",
        ];
        var text = "goroutine 1 [running]:\n" + string.Join("\n", lines) + "\ngoroutine profile: total 1\n" + string.Join("\n", lines);

        var sink = Read.RecordsOfText(text);

        Assert.True(sink.Total >= 1);
    }
}
