using System.Collections.Immutable;

namespace Strand.Analysis.Engine;

/// <summary>
/// The order entries are explored in: those named by <see cref="AnalysisRequest.ExploreFirst"/> as a
/// group of their own, then the rest, each group in source order. Results are merged by index, so the
/// order changes when findings are known (for an early stop), never what is reported.
/// </summary>
internal static class EntryOrder
{
    public static IEnumerable<int[]> Groups(IReadOnlyList<Entry> entries, ImmutableHashSet<string>? first)
    {
        if (first is null || first.Count == 0)
        {
            yield return [.. Enumerable.Range(0, entries.Count)];
            yield break;
        }
        var isFirst = entries.Select(e => first.Contains(EntryKey.Of(e.File, e.Decl))).ToArray();
        yield return [.. Enumerable.Range(0, entries.Count).Where(i => isFirst[i])];
        yield return [.. Enumerable.Range(0, entries.Count).Where(i => !isFirst[i])];
    }
}
