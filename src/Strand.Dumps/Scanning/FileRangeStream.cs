namespace Strand.Dumps.Scanning;

/// <summary>A read-only view of bytes [start, start + length) of a file, with its own handle.</summary>
internal sealed class FileRangeStream : Stream
{
    private readonly FileStream _file;
    private long _left;

    public FileRangeStream(string path, long start, long length)
    {
        _file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        _file.Position = start;
        _left = length;
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_left <= 0)
        {
            return 0;
        }
        int n = _file.Read(buffer, offset, (int)Math.Min(count, _left));
        _left -= n;
        return n;
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

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _file.Dispose();
        }
        base.Dispose(disposing);
    }
}
