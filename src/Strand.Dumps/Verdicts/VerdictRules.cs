namespace Strand.Dumps.Verdicts;

/// <summary>The thresholds of the verdict rules (documented in docs/dump.md).</summary>
public sealed record VerdictRules(int ManyAlike = 3, int LongWaitMinutes = 5)
{
    public static VerdictRules Default { get; } = new();
}
