namespace Strand.Dumps.Records;

/// <summary>The <c>created by F</c> part of a goroutine: the go statement's function and position.</summary>
public sealed record CallSite(string Function, string File, int Line, long Offset)
{
    public override string ToString() => $"{Function} {File}:{Line}";
}
