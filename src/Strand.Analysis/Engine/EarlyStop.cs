using System.Collections.Immutable;
using Strand.Analysis.Findings;
using Strand.Analysis.Suppression;
using Strand.Syntax.Ast;

namespace Strand.Analysis.Engine;

/// <summary>
/// Watches findings as they are produced for <see cref="AnalysisRequest.StopWhen"/>. A finding counts
/// only when no directive suppresses it: suppression judges each finding on its own (a directive
/// covers a finding or not), so a finding kept here is kept by the final filter too.
/// Safe to call from several threads.
/// </summary>
internal sealed class EarlyStop(Func<Finding, bool>? when, ImmutableArray<GoFile> files)
{
    private int _stopped;

    public bool Stopped => Volatile.Read(ref _stopped) != 0;

    /// <summary>Notes <paramref name="findings"/>: <see cref="Stopped"/> turns true once one of them satisfies the condition.</summary>
    public void Saw(IEnumerable<Finding> findings)
    {
        if (when is null)
        {
            return;
        }
        var batch = findings.ToImmutableArray();
        if (batch.Length > 0 && batch.Any(when) && SuppressionFilter.Apply(files, batch).Kept.Any(when))
        {
            Interlocked.Exchange(ref _stopped, 1);
        }
    }
}
