using System.Runtime.CompilerServices;
using System.Text;

namespace Strand.Syntax.Text;

/// <summary>
/// Interns identifier names straight from UTF-8 bytes, so that each distinct name is one string.
/// Not thread-safe: use <see cref="ForCurrentThread"/> (one table per thread, shared across files).
/// </summary>
public sealed class NameTable
{
    private const int MaxEntries = 1 << 20; // past this the table starts afresh, bounding memory

    [ThreadStatic]
    private static NameTable? s_current;

    private Entry[] _entries = new Entry[4096];
    private int _count;

    private struct Entry
    {
        public int Hash;
        public byte[] Key;
        public string Value;
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
            if (e.Key is null)
            {
                break;
            }
            if (e.Hash == hash && bytes.SequenceEqual(e.Key))
            {
                return e.Value;
            }
            i = (i + 1) & mask;
        }
        return Add(bytes, hash);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string Add(ReadOnlySpan<byte> bytes, int hash)
    {
        if (_count >= MaxEntries)
        {
            _entries = new Entry[4096];
            _count = 0;
        }
        else if ((_count + 1) * 2 > _entries.Length)
        {
            Grow();
        }
        var value = Encoding.UTF8.GetString(bytes);
        var mask = _entries.Length - 1;
        var i = hash & mask;
        while (_entries[i].Key is not null)
        {
            i = (i + 1) & mask;
        }
        _entries[i] = new Entry { Hash = hash, Key = bytes.ToArray(), Value = value };
        _count++;
        return value;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Grow()
    {
        var old = _entries;
        _entries = new Entry[old.Length * 2];
        var mask = _entries.Length - 1;
        foreach (var e in old)
        {
            if (e.Key is null)
            {
                continue;
            }
            var i = e.Hash & mask;
            while (_entries[i].Key is not null)
            {
                i = (i + 1) & mask;
            }
            _entries[i] = e;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
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
