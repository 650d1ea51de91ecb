namespace Strand.Analysis.Findings;

public enum Severity
{
    Error,
    Warning,
    Info,
}
