namespace Strand.Dumps.Records;

/// <summary>Receives what the parsers read, as they read it (nothing is held per goroutine).</summary>
public interface IDumpSink
{
    /// <summary>A new dump starts (a new file, or a second dump inside the same file).</summary>
    void BeginSnapshot(string source);

    void OnGoroutine(GoroutineRecord record);

    void OnDiagnostic(DumpDiagnostic diagnostic);
}
