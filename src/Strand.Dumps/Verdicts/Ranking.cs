namespace Strand.Dumps.Verdicts;

/// <summary>
/// Most suspect first: suspects before the rest, then by strength of evidence, growth, count,
/// longest wait, and finally by place and stack id so the order is the same on every run.
/// </summary>
public static class Ranking
{
    public static int Compare(GroupReport a, GroupReport b)
    {
        int c = b.Verdict.Suspect.CompareTo(a.Verdict.Suspect);
        if (c == 0) c = b.Verdict.Evidence.CompareTo(a.Verdict.Evidence);
        if (c == 0) c = b.Growth.Delta.CompareTo(a.Growth.Delta);
        if (c == 0) c = b.Group.LastCount.CompareTo(a.Group.LastCount);
        if (c == 0) c = b.Group.MaxMinutes.CompareTo(a.Group.MaxMinutes);
        if (c == 0) c = string.CompareOrdinal(a.Blocking?.Function, b.Blocking?.Function);
        if (c == 0) c = string.CompareOrdinal(a.Blocking?.File, b.Blocking?.File);
        if (c == 0) c = (a.Blocking?.Line ?? 0).CompareTo(b.Blocking?.Line ?? 0);
        if (c == 0) c = string.CompareOrdinal(a.Group.Key, b.Group.Key);
        return c;
    }
}
