namespace Strand.Dumps.Records;

public enum DiagnosticLevel
{
    /// <summary>Something was skipped or cut; the rest was read.</summary>
    Warning,
    /// <summary>The input could not be read as a dump from that point on.</summary>
    Error,
}

/// <summary>A problem with the input, with where it was found (line 0 when not line-based).</summary>
public sealed record DumpDiagnostic(DiagnosticLevel Level, string Source, long Line, long Offset, string Message)
{
    public override string ToString()
    {
        string where = Line > 0 ? $"{Source}:{Line}" : Offset > 0 ? $"{Source}: byte {Offset}" : Source;
        string level = Level == DiagnosticLevel.Error ? "error" : "warning";
        return $"{where}: {level}: {Message}";
    }
}
