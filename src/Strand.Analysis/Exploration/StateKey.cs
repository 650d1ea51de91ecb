namespace Strand.Analysis.Exploration;

/// <summary>
/// The identity of a state: the 128-bit XxHash of its canonical binary encoding (<see cref="KeyWriter"/>).
/// Two different states share a key with probability about n²/2¹²⁹ among n states: some 10⁻²⁷ for the
/// half million states of a whole standard-library run, far below the odds of a hardware fault, so equal
/// keys are taken to mean equal states.
/// </summary>
public readonly struct StateKey(ulong low, ulong high) : IEquatable<StateKey>
{
    public ulong Low { get; } = low;

    public ulong High { get; } = high;

    public bool Equals(StateKey other) => Low == other.Low && High == other.High;

    public override bool Equals(object? obj) => obj is StateKey k && Equals(k);

    // The bits are uniformly spread already; no per-process random seed (unlike string or HashCode).
    public override int GetHashCode() => (int)Low ^ (int)(Low >> 32);

    public static bool operator ==(StateKey a, StateKey b) => a.Equals(b);

    public static bool operator !=(StateKey a, StateKey b) => !a.Equals(b);

    public override string ToString() => $"{High:x16}{Low:x16}";
}
