using System.Runtime.CompilerServices;
using System.Text;

namespace Strand.Syntax.Text;

/// <summary>
/// Interns identifier names (and short literals) straight from UTF-8 bytes, so that each distinct
/// name is one string. Not thread-safe: use <see cref="ForCurrentThread"/> (one table per thread,
/// shared across files).
/// </summary>
public sealed class NameTable
{
    private const int InitialSlots = 1 << 14;
    private const int MaxEntries = 1 << 19; // past this the table starts afresh, bounding memory

    [ThreadStatic]
    private static NameTable? s_current;

    private Entry[] _entries = new Entry[InitialSlots];
    private int _count;

    private struct Entry
    {
        public int Hash;
        public string? Value;

        /// <summary>The UTF-8 bytes, kept only for non-ASCII names (ASCII compares with the string).</summary>
        public byte[]? Utf8;
    }

    public static NameTable ForCurrentThread => s_current ??= new NameTable();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string Intern(ReadOnlySpan<byte> bytes)
    {
        var hash = Hash(bytes);
        var mask = _entries.Length - 1;
        var i = hash & mask;
        while (true)
        {
            ref var e = ref _entries[i];
            if (e.Value is null)
            {
                break;
            }
            if (e.Hash == hash && Matches(in e, bytes))
            {
                return e.Value;
            }
            i = (i + 1) & mask;
        }
        return Add(bytes, hash);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Matches(in Entry e, ReadOnlySpan<byte> bytes)
    {
        if (e.Utf8 is not null)
        {
            return bytes.SequenceEqual(e.Utf8);
        }
        var value = e.Value!;
        if (value.Length != bytes.Length)
        {
            return false;
        }
        for (var k = 0; k < bytes.Length; k++)
        {
            if (value[k] != bytes[k])
            {
                return false;
            }
        }
        return true;
    }

    private string Add(ReadOnlySpan<byte> bytes, int hash)
    {
        if (_count >= MaxEntries)
        {
            _entries = new Entry[InitialSlots];
            _count = 0;
        }
        else if ((_count + 1) * 2 > _entries.Length)
        {
            Grow();
        }
        var value = Encoding.UTF8.GetString(bytes);
        var ascii = value.Length == bytes.Length;
        var mask = _entries.Length - 1;
        var i = hash & mask;
        while (_entries[i].Value is not null)
        {
            i = (i + 1) & mask;
        }
        _entries[i] = new Entry { Hash = hash, Value = value, Utf8 = ascii ? null : bytes.ToArray() };
        _count++;
        return value;
    }

    private void Grow()
    {
        var old = _entries;
        _entries = new Entry[old.Length * 2];
        var mask = _entries.Length - 1;
        foreach (var e in old)
        {
            if (e.Value is null)
            {
                continue;
            }
            var i = e.Hash & mask;
            while (_entries[i].Value is not null)
            {
                i = (i + 1) & mask;
            }
            _entries[i] = e;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(ReadOnlySpan<byte> bytes)
    {
        uint h = 2166136261;
        foreach (var b in bytes)
        {
            h = (h ^ b) * 16777619;
        }
        return (int)(h & 0x7fffffff);
    }
}
