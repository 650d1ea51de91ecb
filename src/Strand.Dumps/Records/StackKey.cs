using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Strand.Dumps.Records;

/// <summary>
/// The byte form that identifies a stack: one line per part, tagged by its first byte
/// (<c>S</c> state, <c>G</c> flags, <c>F</c> frame <c>function\tfile:line +0xoff</c>, <c>E</c> elided,
/// <c>C</c> created by). Arguments, ids and wait times are not part of it. The text parser writes
/// it straight from the input bytes; other forms build it from strings; both decode here.
/// </summary>
public static class StackKey
{
    public const byte State = (byte)'S';
    public const byte Flags = (byte)'G';
    public const byte Frame = (byte)'F';
    public const byte Elided = (byte)'E';
    public const byte CreatedBy = (byte)'C';

    internal static StackTrace Decode(int id, ReadOnlySpan<byte> key, ReadOnlySpan<byte> args, ImmutableArray<Ancestor> ancestors)
    {
        string state = "";
        bool elided = false;
        CallSite? createdBy = null;
        var frames = ImmutableArray.CreateBuilder<Frame>();
        while (!key.IsEmpty)
        {
            int nl = key.IndexOf((byte)'\n');
            var line = nl < 0 ? key : key[..nl];
            key = nl < 0 ? default : key[(nl + 1)..];
            if (line.IsEmpty)
            {
                continue;
            }
            var body = line[1..];
            switch (line[0])
            {
                case State:
                    state = Encoding.UTF8.GetString(body);
                    break;
                case Elided:
                    elided = true;
                    break;
                case Frame:
                {
                    int argEnd = args.IndexOf((byte)'\n');
                    string frameArgs = argEnd < 0 ? "" : Encoding.UTF8.GetString(args[..argEnd]);
                    args = argEnd < 0 ? default : args[(argEnd + 1)..];
                    var (function, file, lineNo, offset) = SplitFrame(body);
                    frames.Add(new Frame(function, file, lineNo, offset, frameArgs));
                    break;
                }
                case CreatedBy:
                {
                    var (function, file, lineNo, offset) = SplitFrame(body);
                    createdBy = new CallSite(function, file, lineNo, offset);
                    break;
                }
            }
        }
        return new StackTrace(id, state, frames.ToImmutable(), createdBy, elided, ancestors);
    }

    /// <summary>Splits <c>function\tpath:line +0xoff</c>.</summary>
    public static (string Function, string File, int Line, long Offset) SplitFrame(ReadOnlySpan<byte> body)
    {
        int tab = body.IndexOf((byte)'\t');
        var function = tab < 0 ? body : body[..tab];
        var location = tab < 0 ? default : body[(tab + 1)..];
        var (file, line, offset) = SplitLocation(location);
        return (Encoding.UTF8.GetString(function), file, line, offset);
    }

    /// <summary>Splits <c>path:line +0xoff</c> (offset optional; the path may hold spaces and colons).</summary>
    public static (string File, int Line, long Offset) SplitLocation(ReadOnlySpan<byte> location)
    {
        long offset = -1;
        int plus = location.LastIndexOf(" +0x"u8);
        if (plus >= 0)
        {
            if (long.TryParse(location[(plus + 4)..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out long off))
            {
                offset = off;
            }
            location = location[..plus];
        }
        location = location.TrimEnd((byte)' ');
        int colon = location.LastIndexOf((byte)':');
        int line = 0;
        if (colon >= 0 && int.TryParse(location[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out int parsed))
        {
            line = parsed;
            location = location[..colon];
        }
        return (Encoding.UTF8.GetString(location), line, offset);
    }

    /// <summary>Writes a frame part of a key from strings (used by the counted and binary forms).</summary>
    internal static void AppendFrame(Scanning.ByteBuilder key, byte tag, string function, string file, long line, long offset)
    {
        key.Append(tag);
        key.Append(function);
        key.Append((byte)'\t');
        key.Append(file);
        key.Append((byte)':');
        key.Append(line.ToString(CultureInfo.InvariantCulture));
        if (offset >= 0)
        {
            key.Append(" +0x");
            key.Append(offset.ToString("x", CultureInfo.InvariantCulture));
        }
        key.Append((byte)'\n');
    }
}
