using System.Runtime.CompilerServices;
using System.Collections.Immutable;
using Strand.Dumps.Scanning;

namespace Strand.Dumps.Records;

/// <summary>
/// Interns stacks by their <see cref="StackKey"/> bytes. One table is shared by every snapshot of
/// a run, so the same stack has the same <see cref="StackTrace.Id"/> in every snapshot.
/// </summary>
public sealed class StackTable
{
    private readonly ByteKeyTable<StackTrace> _table = new();
    private readonly List<StackTrace> _stacks = [];

    public int Count => _stacks.Count;

    public IReadOnlyList<StackTrace> Stacks => _stacks;

    /// <summary>The stack for <paramref name="key"/>; on first sight it is decoded with these arguments and ancestors.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public StackTrace Intern(ReadOnlySpan<byte> key, ReadOnlySpan<byte> args, Func<ImmutableArray<Ancestor>>? ancestors)
    {
        // Goroutines started together sit together in a dump: try the previous stack first.
        if (_last is not null && key.SequenceEqual(_lastKey.AsSpan(0, _lastKeyLength)))
        {
            return _last;
        }
        var stack = InternHashed(key, args, ancestors);
        if (_lastKey.Length < key.Length)
        {
            _lastKey = new byte[Math.Max(key.Length, _lastKey.Length * 2)];
        }
        key.CopyTo(_lastKey);
        _lastKeyLength = key.Length;
        _last = stack;
        return stack;
    }

    private StackTrace? _last;
    private byte[] _lastKey = new byte[256];
    private int _lastKeyLength;

    /// <summary>The key bytes of the stack numbered <paramref name="id"/>.</summary>
    internal ReadOnlySpan<byte> KeyOf(int id) => _table.KeyAt(id);

    /// <summary>
    /// The stack of this table for <paramref name="key"/>; on first sight <paramref name="decoded"/>
    /// (read by another table) is taken over under the next id, as if it had been read here.
    /// </summary>
    internal StackTrace Adopt(ReadOnlySpan<byte> key, StackTrace decoded)
    {
        ulong hash = FastHash.Hash(key);
        if (_table.TryGet(key, hash, out var stack))
        {
            return stack;
        }
        stack = new StackTrace(_stacks.Count, decoded.State, decoded.Frames, decoded.CreatedBy, decoded.Elided, decoded.Ancestors);
        _table.Add(key, hash, stack);
        _stacks.Add(stack);
        return stack;
    }

    private StackTrace InternHashed(ReadOnlySpan<byte> key, ReadOnlySpan<byte> args, Func<ImmutableArray<Ancestor>>? ancestors)
    {
        ulong hash = FastHash.Hash(key);
        if (_table.TryGet(key, hash, out var stack))
        {
            return stack;
        }
        stack = StackKey.Decode(_stacks.Count, key, args, ancestors?.Invoke() ?? []);
        _table.Add(key, hash, stack);
        _stacks.Add(stack);
        return stack;
    }
}
