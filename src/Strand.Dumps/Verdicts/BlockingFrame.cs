using Strand.Dumps.Records;

namespace Strand.Dumps.Verdicts;

/// <summary>Finds the frame where a stack blocks in the program's own code.</summary>
public static class BlockingFrame
{
    /// <summary>The first frame outside the runtime and standard library; null when there is none.</summary>
    public static Frame? InUserCode(StackTrace stack)
    {
        foreach (var f in stack.Frames)
        {
            if (!FunctionNames.IsStandard(f.Function))
            {
                return f;
            }
        }
        return null;
    }

    /// <summary>The frame to show: in user code when there is one, else the first one outside the runtime's internals.</summary>
    public static Frame? ToShow(StackTrace stack)
    {
        var user = InUserCode(stack);
        if (user is not null)
        {
            return user;
        }
        foreach (var f in stack.Frames)
        {
            string package = f.Package;
            if (package != "runtime" && !package.StartsWith("internal/", StringComparison.Ordinal)
                && !package.StartsWith("runtime/internal", StringComparison.Ordinal) && !f.Function.StartsWith("sync.runtime_", StringComparison.Ordinal))
            {
                return f;
            }
        }
        return stack.Frames.Length > 0 ? stack.Frames[0] : null;
    }
}
