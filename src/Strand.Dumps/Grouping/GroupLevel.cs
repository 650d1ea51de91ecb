namespace Strand.Dumps.Grouping;

/// <summary>How alike stacks must be to share a group.</summary>
public enum GroupLevel
{
    /// <summary>Same state, frames (function, file, line, pc offset), creation site and labels.</summary>
    Exact,
    /// <summary>Same state, functions and lines (offsets and labels ignored).</summary>
    Lines,
    /// <summary>Same functions only (lines, state and labels ignored).</summary>
    Functions,
}
