using System.Collections.Immutable;

namespace Strand.Dumps.Records;

/// <summary>
/// An interned stack: wait state (without the wait time), frames top first, creation site,
/// and whether frames were elided. Goroutines with identical stacks share one instance, which
/// is what keeps memory proportional to distinct stacks rather than to goroutines.
/// </summary>
public sealed class StackTrace
{
    public StackTrace(int id, string state, ImmutableArray<Frame> frames, CallSite? createdBy, bool elided,
        ImmutableArray<Ancestor> ancestors)
    {
        Id = id;
        State = state;
        Frames = frames;
        CreatedBy = createdBy;
        Elided = elided;
        Ancestors = ancestors;
    }

    /// <summary>Dense number in order of first appearance (deterministic).</summary>
    public int Id { get; }

    /// <summary>Wait reason or status as printed, minus minutes/flags kept elsewhere; "" when unknown.</summary>
    public string State { get; }

    public ImmutableArray<Frame> Frames { get; }

    public CallSite? CreatedBy { get; }

    /// <summary>True when the dump left frames out (<c>...additional frames elided...</c> or <c>...N frames elided...</c>).</summary>
    public bool Elided { get; }

    /// <summary><c>GODEBUG=tracebackancestors</c> blocks of the first goroutine seen with this stack.</summary>
    public ImmutableArray<Ancestor> Ancestors { get; }
}

/// <summary>An <c>[originating from goroutine N]:</c> block.</summary>
public sealed record Ancestor(long GoroutineId, ImmutableArray<Frame> Frames, CallSite? CreatedBy);
