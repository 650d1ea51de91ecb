using System.Text;
using Strand.Dumps.Scanning;

namespace Strand.Dumps.Tests;

/// <summary>Line splitting across chunk boundaries, CRLF, a last line without newline, overlong lines.</summary>
public class LineReaderTests
{
    private static List<string> Lines(string text, int max, int chunk, List<long>? overlong = null)
    {
        var reader = new LineReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), max, chunk);
        var lines = new List<string>();
        while (reader.TryReadLine(out var line))
        {
            if (reader.LastLineWasOverlong)
            {
                overlong?.Add(reader.LineNumber);
            }
            lines.Add(Encoding.UTF8.GetString(line));
        }
        return lines;
    }

    [Theory]
    [InlineData(10, 3)]
    [InlineData(10, 1)]
    [InlineData(16, 5)]
    [InlineData(64, 64)]
    public void Lines_survive_every_chunk_boundary(int max, int chunk)
    {
        const string text = "one\r\ntwo\n\nthree four\nfive";

        Assert.Equal(["one", "two", "", "three four", "five"], Lines(text, max, chunk));
    }

    [Fact]
    public void Overlong_lines_are_skipped_and_numbered()
    {
        var overlong = new List<long>();
        var lines = Lines("ok\n" + new string('x', 50) + "\nafter\n" + new string('y', 30), max: 8, chunk: 4, overlong);

        Assert.Equal(["ok", "", "after", ""], lines);
        Assert.Equal([2L, 4L], overlong);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(64)]
    public void A_line_one_byte_too_long_is_overlong_whatever_the_chunk(int chunk)
    {
        var overlong = new List<long>();

        Assert.Equal(["12345678", "", "x"], Lines("12345678\n123456789\nx", max: 8, chunk, overlong));
        Assert.Equal([2L], overlong);
    }

    [Fact]
    public void Empty_stream_has_no_lines() => Assert.Empty(Lines("", 8, 4));

    [Theory]
    [InlineData(40, 7)]
    [InlineData(64, 33)]
    [InlineData(100, 1000)]
    [InlineData(1 << 20, 1 << 18)]
    public void Random_text_splits_like_string_split(int max, int chunk)
    {
        var random = new Random(max ^ chunk);
        var sb = new StringBuilder();
        for (int i = 0; i < 3000; i++)
        {
            sb.Append(new string((char)('a' + random.Next(26)), random.Next(0, 39)));
            sb.Append(random.Next(4) == 0 ? "\r\n" : "\n");
        }
        string text = sb.ToString();
        var expected = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        expected.RemoveAt(expected.Count - 1); // the text ends with a newline

        Assert.Equal(expected, Lines(text, max, chunk));
    }
}
