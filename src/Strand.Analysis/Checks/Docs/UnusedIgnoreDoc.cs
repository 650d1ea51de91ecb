using Strand.Analysis.Findings;

namespace Strand.Analysis.Checks.Docs;

internal static class UnusedIgnoreDoc
{
    public static CheckDescriptor Descriptor { get; } = new(
        CheckIds.UnusedIgnore,
        "A //strand:ignore directive that suppresses nothing",
        Severity.Warning,
        """
        Reports a //strand:ignore or //strand:file-ignore directive that matched no finding: the code it
        excused was fixed or moved, and the stale directive would hide a future finding.
        How to fix: delete the directive, or move it to the line of the finding (or the line above).
        """,
        """
        //strand:ignore chan-send-leak the result is always read
        x := compute() // no finding here any more
        """,
        """
        x := compute()
        """,
        "0.1.0");
}
