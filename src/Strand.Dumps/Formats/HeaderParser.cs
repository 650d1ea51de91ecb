using System.Runtime.CompilerServices;
using System.Globalization;
using Strand.Dumps.Records;

namespace Strand.Dumps.Formats;

/// <summary>
/// Parses goroutine headers in every form Go printed from 1.14 to 1.27:
/// <c>goroutine ID[ gp=.. m=..[ mp=..]] [REASON[ (scan|leaked|durable)][, N minutes][, locked to thread][, synctest bubble N]][ {labels}]:</c>
/// and goleak's <c>[Goroutine ID in state STATE, with F on top of the stack:</c>.
/// </summary>
internal static class HeaderParser
{
    public ref struct Header
    {
        public long Id;
        public ReadOnlySpan<byte> Reason;
        public ReadOnlySpan<byte> Extras; // unknown bracket parts, kept in the state text
        public ReadOnlySpan<byte> Labels;
        public int Minutes;
        public long Bubble;
        public GoroutineFlags Flags;
    }

    /// <summary>True when <paramref name="line"/> (trimmed) is a <c>goroutine N [...]:</c> header.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryParse(ReadOnlySpan<byte> line, out Header header)
    {
        header = default;
        if (!line.StartsWith("goroutine "u8) || line.Length < 14 || line[^1] != (byte)':')
        {
            return false;
        }
        var rest = line[10..];
        int digits = CountDigits(rest);
        if (digits == 0 || digits > 18)
        {
            return false;
        }
        header.Id = long.Parse(rest[..digits], NumberStyles.None, CultureInfo.InvariantCulture);
        rest = rest[digits..];
        int open = rest.IndexOf((byte)'[');
        if (open < 0 || (open > 0 && rest[0] != (byte)' '))
        {
            return false;
        }
        int close = rest.IndexOf((byte)']');
        if (close < open)
        {
            return false;
        }
        var after = rest[(close + 1)..^1].Trim((byte)' ');
        if (!after.IsEmpty)
        {
            if (after[0] != (byte)'{' || after[^1] != (byte)'}')
            {
                return false;
            }
            header.Labels = after[1..^1];
        }
        ParseBracket(rest[(open + 1)..close], ref header);
        return true;
    }

    /// <summary>goleak: <c>[Goroutine 52 in state select, with pkg.(*T).run on top of the stack:</c>.</summary>
    public static bool TryParseGoleak(ReadOnlySpan<byte> line, out Header header)
    {
        header = default;
        if (line.StartsWith("["u8))
        {
            line = line[1..];
        }
        if (!line.StartsWith("Goroutine "u8) || !line.EndsWith(" on top of the stack:"u8))
        {
            return false;
        }
        var rest = line[10..];
        int digits = CountDigits(rest);
        if (digits == 0 || digits > 18 || !rest[digits..].StartsWith(" in state "u8))
        {
            return false;
        }
        header.Id = long.Parse(rest[..digits], NumberStyles.None, CultureInfo.InvariantCulture);
        rest = rest[(digits + 10)..];
        int with = rest.LastIndexOf(", with "u8);
        if (with < 0)
        {
            return false;
        }
        ParseBracket(rest[..with], ref header);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ParseBracket(ReadOnlySpan<byte> bracket, ref Header header)
    {
        int comma = bracket.IndexOf(", "u8);
        var reason = comma < 0 ? bracket : bracket[..comma];
        var extras = comma < 0 ? default : bracket[(comma + 2)..];
        header.Reason = StripReasonSuffixes(reason, ref header.Flags);
        int unknownStart = -1;
        int position = comma < 0 ? bracket.Length : comma + 2;
        while (!extras.IsEmpty)
        {
            int next = extras.IndexOf(", "u8);
            var part = next < 0 ? extras : extras[..next];
            if (part.EndsWith(" minutes"u8) || part.EndsWith(" minute"u8))
            {
                int digits = CountDigits(part);
                if (digits > 0 && digits < 9)
                {
                    header.Minutes = int.Parse(part[..digits], NumberStyles.None, CultureInfo.InvariantCulture);
                }
            }
            else if (part.SequenceEqual("locked to thread"u8))
            {
                header.Flags |= GoroutineFlags.LockedToThread;
            }
            else if (part.StartsWith("synctest bubble "u8))
            {
                long.TryParse(part[16..], NumberStyles.None, CultureInfo.InvariantCulture, out header.Bubble);
                header.Flags |= GoroutineFlags.Durable;
            }
            else if (unknownStart < 0)
            {
                unknownStart = position;
            }
            if (next < 0)
            {
                break;
            }
            position += next + 2;
            extras = extras[(next + 2)..];
        }
        if (unknownStart >= 0)
        {
            header.Extras = bracket[unknownStart..];
        }
    }

    private static ReadOnlySpan<byte> StripReasonSuffixes(ReadOnlySpan<byte> reason, scoped ref GoroutineFlags flags)
    {
        while (reason.EndsWith(")"u8))
        {
            if (reason.EndsWith(" (scan)"u8))
            {
                flags |= GoroutineFlags.Scan;
                reason = reason[..^7];
            }
            else if (reason.EndsWith(" (leaked)"u8))
            {
                flags |= GoroutineFlags.Leaked;
                reason = reason[..^9];
            }
            else if (reason.EndsWith(" (durable)"u8))
            {
                flags |= GoroutineFlags.Durable;
                reason = reason[..^10];
            }
            else if (reason.EndsWith(" (synctest)"u8))
            {
                flags |= GoroutineFlags.Durable;
                reason = reason[..^11];
            }
            else
            {
                break;
            }
        }
        return reason;
    }

    public static int CountDigits(ReadOnlySpan<byte> s)
    {
        int i = 0;
        while (i < s.Length && (uint)(s[i] - '0') <= 9)
        {
            i++;
        }
        return i;
    }
}
