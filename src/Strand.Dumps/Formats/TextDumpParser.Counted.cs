using System.Globalization;
using Strand.Dumps.Records;

namespace Strand.Dumps.Formats;

/// <summary>
/// The counted text form, <c>?debug=1</c>: <c>goroutine profile: total N</c> (or
/// <c>goroutineleak profile: total N</c>), then per distinct stack <c>COUNT @ pc pc...</c>, an
/// optional <c># labels: {...}</c> and <c>#\tpc\tfunction+0xoff\tfile:line</c> frames.
/// </summary>
public sealed partial class TextDumpParser
{
    private static bool CountedHeader(ReadOnlySpan<byte> line, out bool leak)
    {
        leak = line.StartsWith("goroutineleak profile: total "u8);
        return leak || line.StartsWith("goroutine profile: total "u8);
    }

    private bool StartCounted(ReadOnlySpan<byte> line, long lineNo)
    {
        if (!CountedHeader(line, out bool leak))
        {
            return false;
        }
        EndGoroutine(lineNo);
        BeginSnapshot();
        _countedLeakProfile = leak;
        _mode = Mode.Counted;
        SawCountedProfile = true;
        _count = 0;
        return true;
    }

    // Returns false when the line ends the counted section.
    private bool ParseCountedLine(ReadOnlySpan<byte> line, long lineNo)
    {
        if (line.IsEmpty)
        {
            EndCounted();
            return true;
        }
        if (line[0] == (byte)'#')
        {
            if (_count == 0)
            {
                return true;
            }
            if (line.StartsWith("# labels: "u8))
            {
                _labelText = NormalizeLabels(line[10..]);
                return true;
            }
            AddCountedFrame(line[1..]);
            return true;
        }
        int digits = HeaderParser.CountDigits(line);
        if (digits > 0 && digits < 19 && line[digits..].StartsWith(" @"u8))
        {
            EndCounted();
            StartCountedRecord(long.Parse(line[..digits], NumberStyles.None, CultureInfo.InvariantCulture), lineNo);
            return true;
        }
        EndCounted();
        _mode = Mode.Outside;
        return false;
    }

    private void StartCountedRecord(long count, long lineNo)
    {
        _count = count;
        _id = -1;
        _minutes = 0;
        _flags = _countedLeakProfile ? GoroutineFlags.Leaked : GoroutineFlags.None;
        _bubble = 0;
        _labelText = "";
        _parentId = -1;
        _lineOfHeader = lineNo;
        _frames = 0;
        _awaiting = 0;
        _inAncestors = false;
        _firstSp = _lastFp = 0;
        _key.Clear();
        _args.Clear();
        _ancestors.Clear();
        _key.Append(StackKey.State);
        _key.Append((byte)'\n');
        AppendFlags();
    }

    // "\t0x4f8444\tmain.leakSend+0x24\t/srv/leakdemo/main.go:14"
    private void AddCountedFrame(ReadOnlySpan<byte> rest)
    {
        rest = rest.TrimStart((byte)'\t').TrimStart((byte)' ');
        int gap = rest.IndexOfAny((byte)'\t', (byte)' ');
        if (gap < 0)
        {
            return;
        }
        rest = rest[gap..].TrimStart("\t "u8);
        gap = rest.IndexOfAny((byte)'\t', (byte)' ');
        if (gap < 0)
        {
            return;
        }
        var symbol = rest[..gap];
        var location = rest[gap..].TrimStart("\t "u8);
        int plus = symbol.LastIndexOf("+0x"u8);
        var function = plus > 0 ? symbol[..plus] : symbol;
        _key.Append(StackKey.Frame);
        _key.Append(function);
        _key.Append((byte)'\t');
        _key.Append(location);
        if (plus > 0)
        {
            _key.Append(" +"u8);
            _key.Append(symbol[(plus + 1)..]);
        }
        _key.Append((byte)'\n');
        _args.Append((byte)'\n');
        _frames++;
    }

    private void EndCounted()
    {
        if (_mode != Mode.Counted || _count == 0)
        {
            return;
        }
        Emit();
        _count = 0;
    }
}
