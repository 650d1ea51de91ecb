namespace Strand.Dumps.Scanning;

/// <summary>Puts back the bytes read to detect the format in front of the rest of the stream.</summary>
public sealed class PrefixedStream(ReadOnlyMemory<byte> head, Stream rest) : Stream
{
    private ReadOnlyMemory<byte> _head = head;

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (!_head.IsEmpty)
        {
            int n = Math.Min(count, _head.Length);
            _head.Span[..n].CopyTo(buffer.AsSpan(offset, n));
            _head = _head[n..];
            return n;
        }
        return rest.Read(buffer, offset, count);
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
