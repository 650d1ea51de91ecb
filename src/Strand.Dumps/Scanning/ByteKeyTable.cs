namespace Strand.Dumps.Scanning;

/// <summary>
/// A hash table from byte strings to values that looks keys up by span, so a hit allocates
/// nothing. Keys are copied once, on insertion, into one growing arena.
/// </summary>
internal sealed class ByteKeyTable<TValue>
{
    private int[] _buckets = new int[256];
    private Entry[] _entries = new Entry[128];
    private byte[] _arena = new byte[4096];
    private int _arenaUsed;

    public int Count { get; private set; }

    private struct Entry
    {
        public ulong Hash;
        public int Offset;
        public int Length;
        public int Next;
        public TValue Value;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public bool TryGet(ReadOnlySpan<byte> key, ulong hash, out TValue value)
    {
        for (int i = _buckets[(int)(hash & (ulong)(_buckets.Length - 1))] - 1; i >= 0; i = _entries[i].Next)
        {
            ref Entry e = ref _entries[i];
            if (e.Hash == hash && key.SequenceEqual(_arena.AsSpan(e.Offset, e.Length)))
            {
                value = e.Value;
                return true;
            }
        }
        value = default!;
        return false;
    }

    /// <summary>The key of the entry added <paramref name="index"/>-th (entries keep insertion order).</summary>
    public ReadOnlySpan<byte> KeyAt(int index) => _arena.AsSpan(_entries[index].Offset, _entries[index].Length);

    public void Add(ReadOnlySpan<byte> key, ulong hash, TValue value)
    {
        if (Count == _entries.Length)
        {
            Array.Resize(ref _entries, _entries.Length * 2);
        }
        if (_arenaUsed + key.Length > _arena.Length)
        {
            Array.Resize(ref _arena, Math.Max(_arena.Length * 2, _arenaUsed + key.Length));
        }
        key.CopyTo(_arena.AsSpan(_arenaUsed));
        int index = Count++;
        _entries[index] = new Entry { Hash = hash, Offset = _arenaUsed, Length = key.Length, Value = value };
        _arenaUsed += key.Length;
        if (Count * 2 > _buckets.Length)
        {
            Rehash();
        }
        else
        {
            Link(index);
        }
    }

    private void Link(int index)
    {
        int bucket = (int)(_entries[index].Hash & (ulong)(_buckets.Length - 1));
        _entries[index].Next = _buckets[bucket] - 1;
        _buckets[bucket] = index + 1;
    }

    private void Rehash()
    {
        _buckets = new int[_buckets.Length * 2];
        for (int i = 0; i < Count; i++)
        {
            Link(i);
        }
    }
}
