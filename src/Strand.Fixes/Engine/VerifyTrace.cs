using Strand.Analysis.Engine;
using Strand.Analysis.Findings;

namespace Strand.Fixes.Engine;

/// <summary>STRAND_TRACE_FIXES=1 prints what each remedy verification cost to stderr (where verification time goes).</summary>
internal static class VerifyTrace
{
    private static readonly bool Enabled = Environment.GetEnvironmentVariable("STRAND_TRACE_FIXES") == "1";

    public static void Write(Finding target, string title, AnalysisResult after)
    {
        if (!Enabled)
        {
            return;
        }
        long Stat(string key) => after.Stats.GetValueOrDefault(key);
        Console.Error.WriteLine(
            $"strand: verify {target.Span.File}:{target.Span.Line} ({target.Check}) {title}: {Stat("milliseconds")} ms" +
            $" (load {Stat("loadMilliseconds")}, type {Stat("typeMilliseconds")}, lower {Stat("lowerMilliseconds")}," +
            $" explore {Stat("exploreMilliseconds")}), packages {Stat("packages")} (reused imports {Stat("reusedPackages")}), entries {Stat("entries")}, states {Stat("states")}");
    }
}
