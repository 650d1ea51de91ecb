using System.Text;
using Strand.Syntax.Text;
using Xunit;

namespace Strand.Syntax.Tests.Text;

/// <summary>The line table, the parser's line cursor and the name table against plain reference implementations.</summary>
public sealed class TextTableTests
{
    public static TheoryData<string> Texts => new()
    {
        "",
        "\n",
        "a",
        "a\n",
        "\n\n\n",
        "package p\r\n\r\nfunc f() {}\r\n",
        new string('x', 15) + "\n" + new string('y', 16) + "\n" + new string('z', 17),
        string.Concat(Enumerable.Range(0, 200).Select(i => new string('a', i % 37) + "\n")),
        string.Concat(Enumerable.Range(0, 100).Select(i => new string('\n', i % 3) + "é" + new string('b', i % 19))),
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void LineTableAgreesWithALinearScan(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var table = LineTable.Build(bytes);
        var line = 1;
        var lineStart = 0;
        for (var offset = 0; offset <= bytes.Length; offset++)
        {
            Assert.Equal(new LineColumn(line, offset - lineStart + 1), table.Position(offset));
            // As go/token: the newline ending the file starts no line.
            if (offset < bytes.Length && bytes[offset] == '\n' && offset + 1 < bytes.Length)
            {
                line++;
                lineStart = offset + 1;
            }
        }
        Assert.Equal(line, table.LineCount);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void LineCursorAgreesWithTheTableInAnyOrder(string text)
    {
        var table = LineTable.Build(Encoding.UTF8.GetBytes(text));
        var cursor = new LineCursor(table);
        var offsets = Enumerable.Range(-1, table.Length + 3).ToList();
        var shuffled = offsets.OrderBy(o => (o * 7919) % 101).ToList();
        foreach (var offset in offsets.Concat(shuffled).Concat(Enumerable.Reverse(offsets)))
        {
            Assert.Equal(table.Position(offset).Line, cursor.Line(offset));
        }
    }

    [Fact]
    public void NameTableReturnsOneStringPerNameAndTheRightText()
    {
        var table = new NameTable();
        var names = new List<string> { "", "a", "a\0", "ab", "abcdefgh", "abcdefghi", "abcdefghX", "Xbcdefghi", new string('q', 300), new string('q', 301), "é", "éé" };
        for (var i = 0; i < 50_000; i++)
        {
            names.Add("n" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        // Twice over, past the table's bound (it starts afresh): texts stay right throughout.
        foreach (var name in names.Concat(names))
        {
            var interned = table.Intern(Encoding.UTF8.GetBytes(name));
            Assert.Equal(name, interned);
            seen.TryAdd(name, interned);
        }
        // Recently interned ASCII names come back as the same instance.
        Assert.Same(table.Intern("abcdefghi"u8), table.Intern("abcdefghi"u8));
        Assert.Same(table.Intern("ab"u8), table.Intern("ab"u8));
    }
}
