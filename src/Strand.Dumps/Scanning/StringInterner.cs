using System.Text;

namespace Strand.Dumps.Scanning;

/// <summary>UTF-8 bytes to shared strings: the same state or label text allocates once.</summary>
internal sealed class StringInterner
{
    private readonly ByteKeyTable<string> _table = new();
    private const int MaxEntries = 1 << 16;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty)
        {
            return string.Empty;
        }
        ulong hash = FastHash.Hash(utf8);
        if (_table.TryGet(utf8, hash, out var s))
        {
            return s;
        }
        s = Encoding.UTF8.GetString(utf8);
        if (_table.Count < MaxEntries)
        {
            _table.Add(utf8, hash, s);
        }
        return s;
    }
}
