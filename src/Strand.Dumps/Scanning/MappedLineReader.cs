using System.IO.MemoryMappedFiles;
using System.Runtime.CompilerServices;

namespace Strand.Dumps.Scanning;

/// <summary>
/// Lines of a regular file read through a read-only memory map: the lines are spans of the
/// mapping, so nothing is copied out of the page cache. Same contract as <see cref="LineReader"/>
/// (a line over <see cref="MaxLineLength"/> bytes is skipped and reported).
/// </summary>
public sealed unsafe class MappedLineReader : ILineSource, IDisposable
{
    private readonly MemoryMappedFile _file;
    private readonly MemoryMappedViewAccessor _view;
    private readonly byte* _base;
    private readonly long _length;
    private long _position;

    private MappedLineReader(MemoryMappedFile file, MemoryMappedViewAccessor view, long length)
    {
        _file = file;
        _view = view;
        _length = length;
        byte* pointer = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        _base = pointer + view.PointerOffset;
    }

    public long LineNumber { get; private set; }

    public bool LastLineWasOverlong { get; private set; }

    public int MaxLineLength { get; } = 1 << 20;

    /// <summary>A reader over the whole file, or null when it cannot be mapped (then read it as a stream).</summary>
    public static MappedLineReader? TryOpen(FileStream stream)
    {
        try
        {
            long length = stream.Length;
            if (length == 0)
            {
                return null;
            }
            var file = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true);
            var view = file.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
            return new MappedLineReader(file, view, length);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return null;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryReadLine(out ReadOnlySpan<byte> line)
    {
        LastLineWasOverlong = false;
        long remaining = _length - _position;
        if (remaining <= 0)
        {
            line = default;
            return false;
        }
        int window = (int)Math.Min(remaining, MaxLineLength + 1L);
        var span = new ReadOnlySpan<byte>(_base + _position, window);
        int newline = span.IndexOf((byte)'\n');
        LineNumber++;
        if (newline >= 0)
        {
            _position += newline + 1;
            line = span[..newline];
        }
        else if (remaining <= MaxLineLength)
        {
            _position = _length;
            line = span;
        }
        else
        {
            SkipOverlong();
            line = default;
            return true;
        }
        if (!line.IsEmpty && line[^1] == (byte)'\r')
        {
            line = line[..^1];
        }
        return true;
    }

    private void SkipOverlong()
    {
        LastLineWasOverlong = true;
        while (_position < _length)
        {
            int window = (int)Math.Min(_length - _position, 1 << 24);
            int newline = new ReadOnlySpan<byte>(_base + _position, window).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                _position += newline + 1;
                return;
            }
            _position += window;
        }
    }

    public void Dispose()
    {
        _view.SafeMemoryMappedViewHandle.ReleasePointer();
        _view.Dispose();
        _file.Dispose();
    }
}
