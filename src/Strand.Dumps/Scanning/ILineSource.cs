namespace Strand.Dumps.Scanning;

/// <summary>Lines of an input, handed out as spans that stay valid until the next call.</summary>
public interface ILineSource
{
    /// <summary>1-based number of the line last returned.</summary>
    long LineNumber { get; }

    /// <summary>True when the line last returned was too long and was skipped (an empty span is returned).</summary>
    bool LastLineWasOverlong { get; }

    int MaxLineLength { get; }

    /// <summary>The next line without its terminator (LF; a CR before it is removed too).</summary>
    bool TryReadLine(out ReadOnlySpan<byte> line);
}
