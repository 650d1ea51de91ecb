using Xunit;

namespace Strand.Semantics.Tests.Support;

/// <summary>A fact that needs the Go toolchain (for its standard library source); skipped, visibly, without it.</summary>
public sealed class GoFactAttribute : FactAttribute
{
    public GoFactAttribute()
    {
        if (GoRoot.Source is null)
        {
            Skip = "go is not installed (or its standard library source is missing): test skipped";
        }
    }
}

/// <summary>Locates $(go env GOROOT)/src.</summary>
public static class GoRoot
{
    private static readonly Lazy<string?> Lazy = new(Find);

    public static string? Source => Lazy.Value;

    private static string? Find()
    {
        try
        {
            var psi = new System.Diagnostics.ProcessStartInfo("go", "env GOROOT") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            using var p = System.Diagnostics.Process.Start(psi);
            if (p is null)
            {
                return null;
            }
            var root = p.StandardOutput.ReadToEnd().Trim();
            p.WaitForExit();
            var src = Path.Combine(root, "src");
            return p.ExitCode == 0 && Directory.Exists(Path.Combine(src, "sync")) ? src : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
