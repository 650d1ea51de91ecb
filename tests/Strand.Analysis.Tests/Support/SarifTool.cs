using Xunit;
namespace Strand.Analysis.Tests.Support;

/// <summary>Microsoft's SARIF multitool, installed by <c>npm ci</c> in tools/sarif (see .ci/run).</summary>
public static class SarifTool
{
    public static string ExecutablePath => Path.Combine(RepoPaths.Root, "tools", "sarif", "node_modules", ".bin", "sarif-multitool");

    public static bool Available => File.Exists(ExecutablePath);

    /// <summary>Validates a SARIF file; returns the exit code and every line the tool printed.</summary>
    public static ExternalTool.Outcome Validate(string sarifPath, string outputPath) =>
        ExternalTool.Run(ExecutablePath, ["validate", sarifPath, "--output", outputPath], Path.GetDirectoryName(sarifPath)!);
}

/// <summary>A fact that is skipped, visibly, when the SARIF multitool is not installed.</summary>
public sealed class SarifToolFactAttribute : FactAttribute
{
    public SarifToolFactAttribute()
    {
        if (!SarifTool.Available)
        {
            Skip = "SARIF multitool not installed: run npm ci in tools/sarif";
        }
    }
}
