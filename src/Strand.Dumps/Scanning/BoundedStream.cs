namespace Strand.Dumps.Scanning;

/// <summary>
/// A read-only view of a stream that fails once more than <see cref="Limit"/> bytes were read:
/// decompression of a hostile input (a gzip bomb) stops at the limit instead of filling memory.
/// </summary>
public sealed class BoundedStream : Stream
{
    private readonly Stream _inner;
    private long _read;

    public BoundedStream(Stream inner, long limit)
    {
        _inner = inner;
        Limit = limit;
    }

    public long Limit { get; }

    public long BytesRead => _read;

    public override int Read(byte[] buffer, int offset, int count)
    {
        int n = _inner.Read(buffer, offset, count);
        _read += n;
        if (_read > Limit)
        {
            throw new InputLimitException($"decompressed data exceeds the limit of {Limit} bytes (a gzip bomb?)");
        }
        return n;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _read; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }
        base.Dispose(disposing);
    }
}

/// <summary>Raised when an input passes a size bound; turned into a diagnostic, never escapes.</summary>
public sealed class InputLimitException(string message) : IOException(message);
