using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Strand.Dumps.Scanning;

/// <summary>
/// Reads lines from a stream through two fixed buffers without allocating per line: while the
/// caller parses the lines of one buffer, the next chunk is read into the other on a worker
/// thread, so reading (the kernel's copy) overlaps parsing. A line longer than
/// <see cref="MaxLineLength"/> is skipped (reported through <see cref="LastLineWasOverlong"/>)
/// instead of growing memory: a 100 MB single line costs a scan, not 100 MB.
/// </summary>
public sealed class LineReader
{
    private readonly Stream _stream;
    private readonly int _max;
    private readonly int _chunk;
    // Each buffer is [0, _max) room for a line carried over from the previous chunk, then _chunk bytes read.
    private byte[] _buffer;
    private byte[] _spare;
    private Task<int>? _pending;
    private int _start;
    private int _end;
    private bool _eof;
    // Newline search state: bits of the 32-byte block at _maskBlock not yet handed out, and the
    // next byte not yet looked at. One vector compare finds every newline of a block at once.
    private uint _mask;
    private int _maskBlock;
    private int _scan;

    public LineReader(Stream stream, int maxLineLength = 1 << 20, int chunkSize = 1 << 18)
    {
        _stream = stream;
        _max = maxLineLength;
        _chunk = chunkSize;
        _buffer = new byte[_max + _chunk];
        _spare = new byte[_max + _chunk];
        _start = _end = _scan = _max;
        _pending = ReadAhead(_spare);
    }

    /// <summary>1-based number of the line last returned.</summary>
    public long LineNumber { get; private set; }

    /// <summary>True when the line last returned was too long: it was skipped and an empty span returned.</summary>
    public bool LastLineWasOverlong { get; private set; }

    public int MaxLineLength => _max;

    /// <summary>The next line without its terminator (LF; a CR before it is removed too).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryReadLine(out ReadOnlySpan<byte> line)
    {
        LastLineWasOverlong = false;
        while (true)
        {
            var window = new ReadOnlySpan<byte>(_buffer, _start, _end - _start);
            int newline = NextNewline() - _start;
            if (newline >= 0)
            {
                _start += newline + 1;
                if (newline > _max)
                {
                    // Longer than a line may be, whether or not the chunk happened to hold all of it.
                    line = default;
                    LineNumber++;
                    LastLineWasOverlong = true;
                    return true;
                }
                line = window[..newline];
                return Found(ref line);
            }
            if (_eof)
            {
                if (window.IsEmpty)
                {
                    line = default;
                    return false;
                }
                if (window.Length > _max)
                {
                    _start = _end;
                    line = default;
                    LineNumber++;
                    LastLineWasOverlong = true;
                    return true;
                }
                line = window;
                _start = _end;
                return Found(ref line);
            }
            if (window.Length > _max)
            {
                SkipOverlong();
                line = default;
                LineNumber++;
                LastLineWasOverlong = true;
                return true;
            }
            NextChunk(keep: window.Length);
        }
    }

    // The index of the next newline at or after _start, or -1 (then every byte up to _end was seen).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int NextNewline()
    {
        while (true)
        {
            if (_mask != 0)
            {
                int index = _maskBlock + BitOperations.TrailingZeroCount(_mask);
                _mask &= _mask - 1;
                return index;
            }
            if (Vector256.IsHardwareAccelerated && _scan + 32 <= _end)
            {
                var block = Vector256.LoadUnsafe(ref _buffer[0], (nuint)_scan);
                _mask = Vector256.Equals(block, Vector256.Create((byte)'\n')).ExtractMostSignificantBits();
                _maskBlock = _scan;
                _scan += 32;
                continue;
            }
            int found = new ReadOnlySpan<byte>(_buffer, _scan, _end - _scan).IndexOf((byte)'\n');
            if (found < 0)
            {
                _scan = _end;
                return -1;
            }
            _scan += found + 1;
            return _scan - 1;
        }
    }

    private bool Found(ref ReadOnlySpan<byte> line)
    {
        LineNumber++;
        if (!line.IsEmpty && line[^1] == (byte)'\r')
        {
            line = line[..^1];
        }
        return true;
    }

    // Swaps in the chunk read ahead, carrying the last `keep` bytes (an unfinished line) in front of it.
    private void NextChunk(int keep)
    {
        int read = _pending!.GetAwaiter().GetResult();
        Buffer.BlockCopy(_buffer, _end - keep, _spare, _max - keep, keep);
        (_buffer, _spare) = (_spare, _buffer);
        _start = _scan = _max - keep;
        _mask = 0;
        _end = _max + read;
        if (read == 0)
        {
            _eof = true;
            _pending = null;
        }
        else
        {
            _pending = ReadAhead(_spare);
        }
    }

    private void SkipOverlong()
    {
        while (true)
        {
            NextChunk(keep: 0);
            int newline = new ReadOnlySpan<byte>(_buffer, _start, _end - _start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                _start = _scan = _start + newline + 1;
                return;
            }
            _start = _scan = _end;
            if (_eof)
            {
                return;
            }
        }
    }

    private Task<int> ReadAhead(byte[] target) => Task.Run(() => ReadFull(target));

    // Fills the read area as far as the stream allows, so small reads (pipes, gzip) make full chunks.
    private int ReadFull(byte[] target)
    {
        int total = 0;
        while (total < _chunk)
        {
            int n = _stream.Read(target, _max + total, _chunk - total);
            if (n == 0)
            {
                break;
            }
            total += n;
        }
        return total;
    }
}
