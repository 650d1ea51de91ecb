using System.Runtime.CompilerServices;
using System.Text;

namespace Strand.Dumps.Scanning;

/// <summary>A reusable growable byte buffer (cleared per goroutine, never shrunk).</summary>
internal sealed class ByteBuilder
{
    private byte[] _data = new byte[1024];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Span => _data.AsSpan(0, Length);

    public void Clear() => Length = 0;

    public void Append(byte b)
    {
        if (Length == _data.Length)
        {
            Grow(1);
        }
        _data[Length++] = b;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Append(ReadOnlySpan<byte> bytes)
    {
        if (Length + bytes.Length > _data.Length)
        {
            Grow(bytes.Length);
        }
        bytes.CopyTo(_data.AsSpan(Length));
        Length += bytes.Length;
    }

    /// <summary>Appends <paramref name="bytes"/> then <paramref name="terminator"/> with one capacity check.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public void AppendThen(ReadOnlySpan<byte> bytes, byte terminator)
    {
        if (Length + bytes.Length + 1 > _data.Length)
        {
            Grow(bytes.Length + 1);
        }
        bytes.CopyTo(_data.AsSpan(Length));
        Length += bytes.Length;
        _data[Length++] = terminator;
    }

    /// <summary>Appends <paramref name="tag"/>, <paramref name="bytes"/>, then <paramref name="terminator"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public void AppendTagged(byte tag, ReadOnlySpan<byte> bytes, byte terminator)
    {
        if (Length + bytes.Length + 2 > _data.Length)
        {
            Grow(bytes.Length + 2);
        }
        _data[Length++] = tag;
        bytes.CopyTo(_data.AsSpan(Length));
        Length += bytes.Length;
        _data[Length++] = terminator;
    }

    public void Append(string text)
    {
        int max = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (Length + max > _data.Length)
        {
            Grow(max);
        }
        Length += Encoding.UTF8.GetBytes(text, _data.AsSpan(Length));
    }

    private void Grow(int extra) => Array.Resize(ref _data, Math.Max(_data.Length * 2, Length + extra));
}
