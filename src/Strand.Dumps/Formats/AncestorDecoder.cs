using System.Collections.Immutable;
using System.Globalization;
using Strand.Dumps.Records;

namespace Strand.Dumps.Formats;

/// <summary>
/// Decodes the <c>[originating from goroutine N]:</c> blocks the text parser kept for a stack's
/// first goroutine (lines <c>function\targs\tlocation</c> and <c>created by F\tlocation</c>).
/// </summary>
internal static class AncestorDecoder
{
    public static ImmutableArray<Ancestor> Decode(ReadOnlySpan<byte> text)
    {
        var result = ImmutableArray.CreateBuilder<Ancestor>();
        long id = -1;
        var frames = ImmutableArray.CreateBuilder<Frame>();
        CallSite? createdBy = null;
        void Flush()
        {
            if (id >= 0)
            {
                result.Add(new Ancestor(id, frames.ToImmutable(), createdBy));
            }
            frames.Clear();
            createdBy = null;
        }
        while (!text.IsEmpty)
        {
            int nl = text.IndexOf((byte)'\n');
            var line = nl < 0 ? text : text[..nl];
            text = nl < 0 ? default : text[(nl + 1)..];
            if (line.StartsWith("[originating from goroutine "u8))
            {
                Flush();
                var digits = line[28..];
                long.TryParse(digits[..HeaderParser.CountDigits(digits)], NumberStyles.None, CultureInfo.InvariantCulture, out id);
                continue;
            }
            if (line.StartsWith("created by "u8))
            {
                var body = line[11..];
                int tab = body.IndexOf((byte)'\t');
                var (file, lineNo, offset) = StackKey.SplitLocation(tab < 0 ? default : body[(tab + 1)..]);
                createdBy = new CallSite(TextDumpParser.Utf8(tab < 0 ? body : body[..tab]), file, lineNo, offset);
                continue;
            }
            int t1 = line.IndexOf((byte)'\t');
            if (t1 < 0)
            {
                continue;
            }
            var afterFunction = line[(t1 + 1)..];
            int t2 = afterFunction.IndexOf((byte)'\t');
            var args = t2 < 0 ? afterFunction : afterFunction[..t2];
            var (f, l, o) = StackKey.SplitLocation(t2 < 0 ? default : afterFunction[(t2 + 1)..]);
            frames.Add(new Frame(TextDumpParser.Utf8(line[..t1]), f, l, o, TextDumpParser.Utf8(args)));
        }
        Flush();
        return result.ToImmutable();
    }
}
