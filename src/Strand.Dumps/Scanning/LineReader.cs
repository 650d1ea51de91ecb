using System.Runtime.CompilerServices;
namespace Strand.Dumps.Scanning;

/// <summary>
/// Reads lines from a stream through one fixed buffer without allocating per line. A line
/// longer than the buffer is skipped (reported once through <see cref="LastLineWasOverlong"/>)
/// instead of growing memory: a 100 MB single line costs a scan, not 100 MB.
/// </summary>
public sealed class LineReader : ILineSource
{
    private readonly Stream _stream;
    private readonly byte[] _buffer;
    private int _start;
    private int _end;
    private bool _eof;

    public LineReader(Stream stream, int bufferSize = 1 << 20)
    {
        _stream = stream;
        _buffer = new byte[bufferSize];
    }

    /// <summary>1-based number of the line last returned.</summary>
    public long LineNumber { get; private set; }

    /// <summary>Byte offset in the stream of the start of the line last returned.</summary>
    public long LineOffset { get; private set; }

    /// <summary>True when the line last returned was too long and only its first bytes are given.</summary>
    public bool LastLineWasOverlong { get; private set; }

    public int MaxLineLength => _buffer.Length;

    private long _consumed;

    /// <summary>The next line without its terminator (LF; a CR before it is removed too).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryReadLine(out ReadOnlySpan<byte> line)
    {
        LastLineWasOverlong = false;
        while (true)
        {
            int newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                line = Take(newline, newline + 1);
                return true;
            }
            if (_eof)
            {
                if (_end > _start)
                {
                    line = Take(_end - _start, _end - _start);
                    return true;
                }
                line = default;
                return false;
            }
            if (_start > 0)
            {
                Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
                _end -= _start;
                _start = 0;
            }
            if (_end == _buffer.Length)
            {
                line = SkipOverlong();
                return true;
            }
            Fill();
        }
    }

    private ReadOnlySpan<byte> Take(int length, int advance)
    {
        var span = new ReadOnlySpan<byte>(_buffer, _start, length);
        if (span.Length > 0 && span[^1] == (byte)'\r')
        {
            span = span[..^1];
        }
        LineOffset = _consumed;
        _consumed += advance;
        _start += advance;
        LineNumber++;
        return span;
    }

    // The buffer is full with no newline: hand out nothing of it, drop bytes until the newline.
    private ReadOnlySpan<byte> SkipOverlong()
    {
        LineOffset = _consumed;
        LineNumber++;
        LastLineWasOverlong = true;
        long skipped = _end;
        _start = _end = 0;
        while (true)
        {
            Fill();
            int newline = _buffer.AsSpan(0, _end).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                skipped += newline + 1;
                _start = newline + 1;
                break;
            }
            skipped += _end;
            _end = 0;
            if (_eof)
            {
                break;
            }
        }
        _consumed += skipped;
        return ReadOnlySpan<byte>.Empty;
    }

    private void Fill()
    {
        int read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _eof = true;
        }
        _end += read;
    }
}
