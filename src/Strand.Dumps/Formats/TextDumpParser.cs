using System.Runtime.CompilerServices;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Strand.Dumps.Records;
using Strand.Dumps.Scanning;

namespace Strand.Dumps.Formats;

/// <summary>
/// Reads text goroutine dumps line by line: <c>debug=2</c> / <c>runtime.Stack</c> / panic and SIGQUIT
/// output, goleak failure text, and <c>debug=1</c> counted profiles, wherever they sit in other
/// output (log prefixes, indentation, CRLF, several dumps one after another). Each goroutine is
/// handed to the sink as soon as it ends; only the current one is held.
/// </summary>
public sealed partial class TextDumpParser
{
    private readonly StackTable _stacks;
    private readonly IDumpSink _sink;
    private readonly string _source;
    private readonly StringInterner _strings = new();
    private readonly Dictionary<string, string> _labels = new(StringComparer.Ordinal);
    private readonly PrefixStripper _prefix = new();
    private readonly ByteBuilder _key = new();
    private readonly ByteBuilder _args = new();
    private readonly ByteBuilder _ancestors = new();

    private enum Mode { Outside, Goroutine, Counted }

    private Mode _mode;
    private bool _snapshotOpen;
    private long _snapshotGoroutines;
    private long _snapshotFirstId = -1;
    private bool _foreignSinceGoroutine;
    private bool _countedLeakProfile;

    // The goroutine being read.
    private long _id;
    private int _minutes;
    private GoroutineFlags _flags;
    private string _labelText = "";
    private long _parentId;
    private long _bubble;
    private long _count;
    private long _lineOfHeader;
    private int _frames;
    private byte _awaiting; // StackKey.Frame or StackKey.CreatedBy while a location line is due
    private bool _inAncestors;
    private ulong _firstSp;
    private ulong _lastFp;
    private long _endedByOtherTextAt = -1;
    private bool _frameRegisters;
    private long _endedId;

    public TextDumpParser(StackTable stacks, IDumpSink sink, string source)
    {
        _stacks = stacks;
        _sink = sink;
        _source = source;
    }

    /// <summary>Goroutines read (counted forms add their counts).</summary>
    public long Goroutines { get; private set; }

    /// <summary>True when the input holds a race-detector report (which is not a goroutine dump).</summary>
    public bool SawRaceReport { get; private set; }

    public void Parse(Stream stream) => Parse(new LineReader(stream));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Parse(LineReader reader)
    {
        bool warnedOverlong = false;
        while (reader.TryReadLine(out var raw))
        {
            if (reader.LastLineWasOverlong)
            {
                if (!warnedOverlong)
                {
                    Warn(reader.LineNumber, $"line longer than {reader.MaxLineLength} bytes skipped");
                    warnedOverlong = true;
                }
                EndGoroutine(reader.LineNumber);
                _foreignSinceGoroutine = true;
                continue;
            }
            if (!ParseLine(raw, reader.LineNumber))
            {
                return;
            }
        }
        EndOfInput(reader.LineNumber);
    }

    // Returns false when the input cannot be read further (binary data in a text dump).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ParseLine(ReadOnlySpan<byte> raw, long lineNo)
    {
        var line = Trim(_prefix.HasPrefix ? _prefix.Strip(raw) : raw);
        switch (_mode)
        {
            case Mode.Goroutine:
                if (ParseGoroutineLine(line, lineNo))
                {
                    return true;
                }
                break;
            case Mode.Counted:
                if (ParseCountedLine(line, lineNo))
                {
                    return true;
                }
                break;
        }
        return ParseOutsideLine(raw, line, lineNo);
    }

    private bool ParseOutsideLine(ReadOnlySpan<byte> raw, ReadOnlySpan<byte> line, long lineNo)
    {
        if (line.IsEmpty || line.SequenceEqual("]"u8))
        {
            return true;
        }
        if (StartHeader(line, lineNo) || StartCounted(line, lineNo))
        {
            return true;
        }
        if (line.EndsWith("found unexpected goroutines:"u8) && line.Length == 28)
        {
            return true;
        }
        if (line.IndexOf((byte)0) >= 0)
        {
            _sink.OnDiagnostic(new DumpDiagnostic(DiagnosticLevel.Error, _source, lineNo, 0,
                "binary data inside a text dump; reading stopped here"));
            return false;
        }
        if (line.StartsWith("WARNING: DATA RACE"u8))
        {
            SawRaceReport = true;
        }
        if (TryLearnPrefix(raw, lineNo))
        {
            return true;
        }
        _foreignSinceGoroutine = true;
        return true;
    }

    // A header (or goleak's marker) that sits after some other text on the line: learn the prefix.
    private bool TryLearnPrefix(ReadOnlySpan<byte> raw, long lineNo)
    {
        foreach (var marker in new[] { "goroutine "u8.ToArray(), "[Goroutine "u8.ToArray(), "goroutine profile: total "u8.ToArray(),
                     "goroutineleak profile: total "u8.ToArray(), "found unexpected goroutines:"u8.ToArray() })
        {
            int at = raw.IndexOf(marker);
            if (at <= 0)
            {
                continue;
            }
            var candidate = raw[at..];
            bool known = marker[0] == (byte)'f'
                ? candidate.Length == marker.Length
                : (HeaderParser.TryParse(candidate, out _) || HeaderParser.TryParseGoleak(candidate, out _)
                   || (marker[1] == (byte)'o' && marker.Length > 20 && CountedHeader(candidate, out _)));
            if (!known)
            {
                continue;
            }
            _prefix.Learn(raw[..at]);
            var line = Trim(candidate);
            if (!StartHeader(line, lineNo))
            {
                StartCounted(line, lineNo);
            }
            return true;
        }
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool StartHeader(ReadOnlySpan<byte> line, long lineNo)
    {
        if (!HeaderParser.TryParse(line, out var header) && !HeaderParser.TryParseGoleak(line, out header))
        {
            return false;
        }
        EndGoroutine(lineNo);
        if (!_snapshotOpen || (_snapshotGoroutines > 0 && (_foreignSinceGoroutine || header.Id == _snapshotFirstId)))
        {
            BeginSnapshot();
        }
        if (_snapshotFirstId < 0)
        {
            _snapshotFirstId = header.Id;
        }
        BeginGoroutine(header, lineNo, 1);
        return true;
    }

    private void BeginSnapshot()
    {
        _sink.BeginSnapshot(_source);
        _snapshotOpen = true;
        _snapshotGoroutines = 0;
        _snapshotFirstId = -1;
        _foreignSinceGoroutine = false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void BeginGoroutine(in HeaderParser.Header header, long lineNo, long count)
    {
        _mode = Mode.Goroutine;
        _id = header.Id;
        _minutes = header.Minutes;
        _flags = header.Flags;
        _bubble = header.Bubble;
        _labelText = header.Labels.IsEmpty ? "" : NormalizeLabels(header.Labels);
        _parentId = -1;
        _count = count;
        _lineOfHeader = lineNo;
        _frames = 0;
        _awaiting = 0;
        _inAncestors = false;
        _firstSp = 0;
        _lastFp = 0;
        _key.Clear();
        _args.Clear();
        _ancestors.Clear();
        _key.Append(StackKey.State);
        _key.Append(header.Reason);
        if (!header.Extras.IsEmpty)
        {
            _key.Append(", "u8);
            _key.Append(header.Extras);
        }
        _key.Append((byte)'\n');
        AppendFlags();
    }

    private void AppendFlags()
    {
        const GoroutineFlags keyed = GoroutineFlags.Leaked | GoroutineFlags.Durable | GoroutineFlags.LockedToThread;
        _key.Append(StackKey.Flags);
        _key.Append((byte)('0' + (int)(_flags & keyed)));
        _key.Append((byte)'\n');
    }

    // Returns false when the line does not belong to the goroutine (it is then read as outside text).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ParseGoroutineLine(ReadOnlySpan<byte> line, long lineNo)
    {
        if (_awaiting != 0)
        {
            if (LooksLikeLocation(line))
            {
                AddLocation(line);
                return true;
            }
            CloseAwaiting();
        }
        if (line.IsEmpty)
        {
            EndGoroutine(lineNo);
            return true;
        }
        byte first = line[0];
        if (first == (byte)'g' && line.StartsWith("goroutine "u8))
        {
            if (HeaderParser.TryParse(line, out var h) && h.Id == _id && _frames == 0)
            {
                // goleak prints its own line, then the runtime's header of the same goroutine.
                BeginGoroutine(h, _lineOfHeader, _count);
                return true;
            }
            if (line.SequenceEqual("goroutine running on other thread; stack unavailable"u8))
            {
                return true;
            }
            _endedByOtherTextAt = lineNo; // a header cut short, if it is the last line
            _endedId = _id;
            EndGoroutine(lineNo);
            return false;
        }
        if (first == (byte)'c' && line.StartsWith("created by "u8))
        {
            AddCreatedBy(line[11..]);
            return true;
        }
        if (first == (byte)'[' && line.StartsWith("[originating from goroutine "u8))
        {
            CloseAwaiting();
            _inAncestors = true;
            _ancestors.Append(line);
            _ancestors.Append((byte)'\n');
            return true;
        }
        if (first == (byte)'.' && line.StartsWith("..."u8) && line.EndsWith("elided..."u8))
        {
            if (!_inAncestors)
            {
                _key.Append(StackKey.Elided);
                _key.Append((byte)'\n');
            }
            return true;
        }
        if (line[^1] == (byte)')')
        {
            int paren = line.LastIndexOf((byte)'(');
            if (paren > 0)
            {
                AddFunction(line[..paren], line[(paren + 1)..^1]);
                return true;
            }
        }
        if ((first == (byte)'[' || first == (byte)'G') && HeaderParser.TryParseGoleak(line, out _))
        {
            return false;
        }
        if (line.SequenceEqual("]"u8))
        {
            EndGoroutine(lineNo);
            return true;
        }
        if (line.IndexOf((byte)'(') > 0)
        {
            // A function line without its closing parenthesis: if it is the last line, the dump was cut.
            _endedByOtherTextAt = lineNo;
            _endedId = _id;
        }
        EndGoroutine(lineNo);
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddFunction(ReadOnlySpan<byte> function, ReadOnlySpan<byte> args)
    {
        if (_inAncestors)
        {
            _ancestors.Append(function);
            _ancestors.Append((byte)'\t');
            _ancestors.Append(args);
            _ancestors.Append((byte)'\t');
            _awaiting = StackKey.Frame;
            return;
        }
        _key.AppendTagged(StackKey.Frame, function, (byte)'\t');
        _args.AppendThen(args, (byte)'\n');
        _awaiting = StackKey.Frame;
        _frames++;
    }

    private void AddCreatedBy(ReadOnlySpan<byte> rest)
    {
        int inGoroutine = rest.LastIndexOf(" in goroutine "u8);
        long parent = -1;
        if (inGoroutine >= 0 && long.TryParse(rest[(inGoroutine + 14)..], NumberStyles.None, CultureInfo.InvariantCulture, out long p))
        {
            parent = p;
            rest = rest[..inGoroutine];
        }
        if (_inAncestors)
        {
            _ancestors.Append("created by "u8);
            _ancestors.Append(rest);
            _ancestors.Append((byte)'\t');
            _awaiting = StackKey.CreatedBy;
            return;
        }
        _parentId = parent;
        _key.Append(StackKey.CreatedBy);
        _key.Append(rest);
        _key.Append((byte)'\t');
        _awaiting = StackKey.CreatedBy;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool LooksLikeLocation(ReadOnlySpan<byte> line)
    {
        if (line.IsEmpty || line[^1] == (byte)':')
        {
            return false;
        }
        int colon = line.LastIndexOf((byte)':');
        return colon > 0 && colon + 1 < line.Length && (uint)(line[colon + 1] - '0') <= 9;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddLocation(ReadOnlySpan<byte> line)
    {
        // Frame registers appear on every frame of a SIGQUIT dump or on none: look for them on a
        // goroutine's first location line, and on later ones only when that one had them.
        int fp = _frames <= 1 || _frameRegisters ? line.IndexOf(" fp="u8) : -1;
        if (_frames <= 1)
        {
            _frameRegisters = fp >= 0;
        }
        if (fp >= 0)
        {
            ReadFrameRegisters(line[fp..]);
            line = line[..fp];
        }
        (_inAncestors ? _ancestors : _key).AppendThen(line, (byte)'\n');
        _awaiting = 0;
    }

    // SIGQUIT dumps print "fp=0x.. sp=0x.. pc=0x.." per frame: the stack in use spans them.
    private void ReadFrameRegisters(ReadOnlySpan<byte> registers)
    {
        if (_inAncestors)
        {
            return;
        }
        ulong fp = HexAfter(registers, " fp=0x"u8);
        ulong sp = HexAfter(registers, " sp=0x"u8);
        if (_firstSp == 0)
        {
            _firstSp = sp;
        }
        if (fp != 0)
        {
            _lastFp = fp;
        }
    }

    private static ulong HexAfter(ReadOnlySpan<byte> text, ReadOnlySpan<byte> marker)
    {
        int at = text.IndexOf(marker);
        if (at < 0)
        {
            return 0;
        }
        var digits = text[(at + marker.Length)..];
        int end = digits.IndexOf((byte)' ');
        if (end >= 0)
        {
            digits = digits[..end];
        }
        return ulong.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ulong v) ? v : 0;
    }

    // A function line with no location line after it (cut input): close its key entry.
    private void CloseAwaiting()
    {
        if (_awaiting == 0)
        {
            return;
        }
        (_inAncestors ? _ancestors : _key).Append((byte)'\n');
        _awaiting = 0;
    }

    private void EndGoroutine(long lineNo)
    {
        if (_mode == Mode.Counted)
        {
            EndCounted();
            return;
        }
        if (_mode != Mode.Goroutine)
        {
            return;
        }
        CloseAwaiting();
        _mode = Mode.Outside;
        Emit();
        _ = lineNo;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Emit()
    {
        var stack = _stacks.Intern(_key.Span, _args.Span, _ancestors.Length == 0 ? null : DecodeAncestors);
        long stackBytes = _lastFp > _firstSp && _firstSp != 0 && _lastFp - _firstSp < (1UL << 30) ? (long)(_lastFp - _firstSp) : 0;
        var record = new GoroutineRecord(_id, stack, _minutes, _flags, _labelText, _parentId, _count, _bubble, stackBytes);
        _sink.OnGoroutine(record);
        Goroutines += _count;
        _snapshotGoroutines += _count;
        _foreignSinceGoroutine = false;
    }

    private void EndOfInput(long lineNo)
    {
        if (_mode == Mode.Goroutine && (_awaiting != 0 || _frames == 0))
        {
            _flags |= GoroutineFlags.Truncated;
            Warn(lineNo, $"input ends inside goroutine {_id.ToString(CultureInfo.InvariantCulture)} (header at line {_lineOfHeader.ToString(CultureInfo.InvariantCulture)}): the dump is truncated");
        }
        else if (_endedByOtherTextAt == lineNo && _mode == Mode.Outside)
        {
            Warn(lineNo, $"the input ends with an incomplete line near goroutine {_endedId.ToString(CultureInfo.InvariantCulture)}: the dump is truncated");
        }
        EndGoroutine(lineNo);
    }

    private void Warn(long lineNo, string message) =>
        _sink.OnDiagnostic(new DumpDiagnostic(DiagnosticLevel.Warning, _source, lineNo, 0, message));

    private string NormalizeLabels(ReadOnlySpan<byte> raw)
    {
        string text = _strings.Get(raw);
        if (!_labels.TryGetValue(text, out var normal))
        {
            normal = LabelText.Normalize(text);
            if (_labels.Count < 4096)
            {
                _labels[text] = normal;
            }
        }
        return normal;
    }

    private ImmutableArray<Ancestor> DecodeAncestors() => AncestorDecoder.Decode(_ancestors.Span);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> line)
    {
        int start = 0;
        while (start < line.Length && (line[start] == (byte)' ' || line[start] == (byte)'\t'))
        {
            start++;
        }
        int end = line.Length;
        while (end > start && (line[end - 1] == (byte)' ' || line[end - 1] == (byte)'\t' || line[end - 1] == (byte)'\r'))
        {
            end--;
        }
        return line[start..end];
    }

    internal static string Utf8(ReadOnlySpan<byte> bytes) => Encoding.UTF8.GetString(bytes);
}
