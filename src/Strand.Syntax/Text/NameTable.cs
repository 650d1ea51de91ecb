using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;

namespace Strand.Syntax.Text;

/// <summary>
/// Interns ASCII identifier names (and short literals) straight from UTF-8 bytes, so that each
/// distinct name is one string. Not thread-safe: use <see cref="ForCurrentThread"/> (one table per
/// thread, shared across files). Non-ASCII names are rare and are not interned.
/// </summary>
/// <remarks>
/// Lookups happen once per identifier token, so the table is laid out for the cache: a small,
/// reference-free slot array holding each name's hash, length and first 8 bytes (names of up to 8
/// bytes, the common case, match without touching the string), the strings in small chunks
/// (no large-object-heap array for the collector to scan), and in front a tiny direct-mapped
/// cache of recent short names, which answers most lookups. The table is bounded: past
/// <see cref="MaxEntries"/> it starts afresh, which keeps it cache-sized; names seen again later
/// are simply interned anew.
/// </remarks>
public sealed class NameTable
{
    private const int InitialSlots = 1 << 10;
    private const int MaxEntries = 1 << 12;
    private const int ChunkBits = 10; // 1,024 strings (8 KB) per chunk
    private const int LengthBits = 8;
    private const int LongLength = (1 << LengthBits) - 1; // lengths from here on are compared on the string
    private const int RecentBits = 10;
    private const ulong HashFactor = 0x9E37_79B9_7F4A_7C15UL;

    [ThreadStatic]
    private static NameTable? s_current;

    private Slot[] _slots = new Slot[InitialSlots];
    private readonly string[][] _chunks = new string[MaxEntries >> ChunkBits][];
    private int _count;
    private readonly string?[] _recent = new string?[1 << RecentBits];
    private readonly ulong[] _recentKey = new ulong[1 << RecentBits];

    /// <summary>An occupied slot has Meta != 0: (entry index + 1) above the low bits, the length (capped) in them.</summary>
    private struct Slot
    {
        public ulong Prefix;
        public int Hash;
        public int Meta;
    }

    public static NameTable ForCurrentThread => s_current ??= new NameTable();

    public string Intern(ReadOnlySpan<byte> bytes)
    {
        var prefix = Prefix(bytes);
        if (bytes.Length > 8)
        {
            return Ascii.IsValid(bytes) ? Lookup(bytes, prefix) : Encoding.UTF8.GetString(bytes);
        }
        if ((prefix & 0x8080_8080_8080_8080UL) != 0)
        {
            return Encoding.UTF8.GetString(bytes);
        }
        // Short names: a small direct-mapped cache of recent ones answers most lookups from L1.
        // Its key is the prefix with the length in the bytes' top bits (free in ASCII), so a hit
        // needs no look at the string itself.
        var length = (ulong)bytes.Length;
        var key = prefix | ((length & 1) << 7) | ((length & 2) << 14) | ((length & 4) << 21) | ((length & 8) << 28);
        var r = (int)((key * HashFactor) >> (64 - RecentBits));
        if (_recentKey[r] == key && _recent[r] is { } recent)
        {
            return recent;
        }
        var value = Lookup(bytes, prefix);
        _recent[r] = value;
        _recentKey[r] = key;
        return value;
    }

    private string Lookup(ReadOnlySpan<byte> bytes, ulong prefix)
    {
        var hash = Hash(bytes, prefix);
        var length = Math.Min(bytes.Length, LongLength);
        var slots = _slots;
        var mask = slots.Length - 1;
        var i = hash & mask;
        while (true)
        {
            ref var slot = ref slots[i];
            if (slot.Meta == 0)
            {
                return Add(bytes, prefix, hash);
            }
            if (slot.Hash == hash && slot.Prefix == prefix && (slot.Meta & LongLength) == length)
            {
                var value = Value((slot.Meta >> LengthBits) - 1);
                if (bytes.Length <= 8 || Ascii.Equals(bytes, value))
                {
                    return value;
                }
            }
            i = (i + 1) & mask;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private string Value(int index) => _chunks[index >> ChunkBits][index & ((1 << ChunkBits) - 1)];

    /// <summary>The first 8 bytes, little-endian, zero-padded.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Prefix(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 8)
        {
            return BinaryPrimitives.ReadUInt64LittleEndian(bytes);
        }
        ulong p = 0;
        for (var k = bytes.Length - 1; k >= 0; k--)
        {
            p = (p << 8) | bytes[k];
        }
        return p;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(ReadOnlySpan<byte> bytes, ulong prefix)
    {
        const ulong K = HashFactor;
        var h = (prefix ^ (ulong)bytes.Length) * K;
        for (var k = 8; k < bytes.Length; k += 8)
        {
            var chunk = bytes.Length - k >= 8 ? BinaryPrimitives.ReadUInt64LittleEndian(bytes[k..]) : Prefix(bytes[k..]);
            h = (BitOperations.RotateLeft(h, 23) ^ chunk) * K;
        }
        return (int)(h >> 33);
    }

    private string Add(ReadOnlySpan<byte> bytes, ulong prefix, int hash)
    {
        if (_count >= MaxEntries)
        {
            // Start afresh in the same arrays: the table is full-sized by now, and it stays so.
            Array.Clear(_slots);
            foreach (var used in _chunks)
            {
                if (used is not null)
                {
                    Array.Clear(used);
                }
            }
            _count = 0;
        }
        else if ((_count + 1) * 2 > _slots.Length)
        {
            Grow();
        }
        var value = Encoding.ASCII.GetString(bytes);
        var index = _count++;
        var chunk = _chunks[index >> ChunkBits] ??= new string[1 << ChunkBits];
        chunk[index & ((1 << ChunkBits) - 1)] = value;
        var mask = _slots.Length - 1;
        var i = hash & mask;
        while (_slots[i].Meta != 0)
        {
            i = (i + 1) & mask;
        }
        _slots[i] = new Slot { Prefix = prefix, Hash = hash, Meta = ((index + 1) << LengthBits) | Math.Min(bytes.Length, LongLength) };
        return value;
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new Slot[old.Length * 2];
        var mask = _slots.Length - 1;
        foreach (var slot in old)
        {
            if (slot.Meta == 0)
            {
                continue;
            }
            var i = slot.Hash & mask;
            while (_slots[i].Meta != 0)
            {
                i = (i + 1) & mask;
            }
            _slots[i] = slot;
        }
    }
}
