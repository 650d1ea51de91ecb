namespace Strand.Analysis.Findings;

/// <summary>An input problem that is not a finding: a syntax error, an unreadable file, a bad directive.</summary>
public sealed record InputError(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}
