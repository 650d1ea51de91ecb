using System.Runtime.CompilerServices;
using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Strand.Dumps.Scanning;

/// <summary>
/// A fast non-cryptographic 64-bit hash for interning keys: four independent lanes of 8 bytes
/// (the xxHash64 round), so the multiply latency does not serialise the loop.
/// </summary>
internal static class FastHash
{
    private const ulong P1 = 0x9E3779B185EBCA87UL;
    private const ulong P2 = 0xC2B2AE3D27D4EB4FUL;
    private const ulong P3 = 0x165667B19E3779F9UL;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ulong Hash(ReadOnlySpan<byte> data)
    {
        ulong a = unchecked(P1 + P2), b = P2, c = 0, d = unchecked(0 - P1);
        var words = MemoryMarshal.Cast<byte, ulong>(data);
        int i = 0;
        for (; i + 4 <= words.Length; i += 4)
        {
            a = Round(a, words[i]);
            b = Round(b, words[i + 1]);
            c = Round(c, words[i + 2]);
            d = Round(d, words[i + 3]);
        }
        ulong h = BitOperations.RotateLeft(a, 1) + BitOperations.RotateLeft(b, 7) + BitOperations.RotateLeft(c, 12) + BitOperations.RotateLeft(d, 18);
        h += (ulong)data.Length;
        for (; i < words.Length; i++)
        {
            h = BitOperations.RotateLeft(h ^ Round(0, words[i]), 27) * P1 + P3;
        }
        ulong tail = 0;
        var rest = data[(words.Length * 8)..];
        for (int k = 0; k < rest.Length; k++)
        {
            tail |= (ulong)rest[k] << (k * 8);
        }
        h ^= Round(0, tail);
        h = BitOperations.RotateLeft(h, 27) * P1 + P3;
        h ^= h >> 33;
        h *= P2;
        h ^= h >> 29;
        h *= P3;
        return h ^ (h >> 32);
    }

    private static ulong Round(ulong acc, ulong input)
    {
        acc += (BitConverter.IsLittleEndian ? input : BinaryPrimitives.ReverseEndianness(input)) * P2;
        return BitOperations.RotateLeft(acc, 31) * P1;
    }
}
