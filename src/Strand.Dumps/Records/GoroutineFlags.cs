namespace Strand.Dumps.Records;

[Flags]
public enum GoroutineFlags
{
    None = 0,
    LockedToThread = 1,
    /// <summary>Marked <c>(leaked)</c> by the Go runtime, or read from a goroutineleak profile.</summary>
    Leaked = 2,
    /// <summary><c>(durable)</c>: a synctest bubble wait (Go 1.25+; <c>(synctest)</c> in 1.24).</summary>
    Durable = 4,
    /// <summary><c>(scan)</c>: the GC was scanning the stack.</summary>
    Scan = 8,
    /// <summary>The dump ended inside this goroutine.</summary>
    Truncated = 16,
}
