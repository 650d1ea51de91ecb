using Strand.Dumps.Diff;
using Strand.Dumps.Grouping;
using Strand.Dumps.Records;

namespace Strand.Dumps.Verdicts;

/// <summary>A group with everything said about it: the wait, where it blocks, growth, verdict, memory, source.</summary>
public sealed record GroupReport(
    GoroutineGroup Group,
    WaitClass Wait,
    Frame? Blocking,
    bool InUserCode,
    Growth Growth,
    Verdict Verdict,
    long MemoryBytes,
    string? SourceLine,
    string? ResolvedFile)
{
    public StackTrace Stack => Group.Stack;
}

/// <summary>The result of reading one or more dumps: groups ranked most suspect first, and input problems.</summary>
public sealed record DumpReport(
    IReadOnlyList<GroupReport> Groups,
    IReadOnlyList<Snapshot> Snapshots,
    IReadOnlyList<DumpDiagnostic> Diagnostics,
    GroupLevel Level)
{
    /// <summary>Goroutines in the last snapshot.</summary>
    public long Goroutines => Snapshots.Count == 0 ? 0 : Snapshots[^1].Goroutines;

    public bool HasSuspects => Groups.Any(g => g.Verdict.Suspect);

    public bool HasErrors => Diagnostics.Any(d => d.Level == DiagnosticLevel.Error);
}
