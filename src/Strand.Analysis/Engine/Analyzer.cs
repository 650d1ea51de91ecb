namespace Strand.Analysis.Engine;

/// <summary>The single entry of static analysis: load, model, explore, check, filter suppressions.</summary>
public static class Analyzer
{
    public static AnalysisResult Analyze(AnalysisRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        // CONTRACT PLACEHOLDER: the engine helper replaces this body.
        throw new NotImplementedException("the analysis engine is being written");
    }
}
