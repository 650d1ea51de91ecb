namespace Strand.Dumps.Records;

/// <summary>
/// One stack frame. <see cref="Offset"/> is the <c>+0x..</c> pc offset (-1 when absent),
/// <see cref="Args"/> the raw argument text without parentheses (<c>...</c> for an inlined frame).
/// Frames are interned per stack, so <see cref="Args"/> are those of the first goroutine seen
/// with that stack.
/// </summary>
public sealed record Frame(string Function, string File, int Line, long Offset, string Args)
{
    /// <summary>True for an inlined frame, printed as <c>f(...)</c>.</summary>
    public bool Inlined => Args == "...";

    public string Package => FunctionNames.PackageOf(Function);

    public override string ToString() => $"{Function} {File}:{Line}";
}
