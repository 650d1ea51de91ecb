using System.Diagnostics;

namespace Strand.Dumps.Tests.Support;

/// <summary>Builds and runs a Go program of testdata with the go tool (callers skip when go is absent).</summary>
internal static class GoProgram
{
    public static void Build(string source, string output)
    {
        var start = Start(source, ["build", "-o", output, "."]);
        start.Environment["GOFLAGS"] = "-mod=mod";
        start.Environment["GO111MODULE"] = "on";
        var (code, errors) = Run(start, TimeSpan.FromMinutes(3));
        Assert.True(code == 0, "go build failed: " + errors);
    }

    /// <summary>Runs a built program to its end; fails on a non-zero exit or after the timeout.</summary>
    public static void RunToEnd(string binary, params string[] args)
    {
        var (code, errors) = Run(new ProcessStartInfo(binary, args) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false }, TimeSpan.FromMinutes(1));
        Assert.True(code == 0, $"{Path.GetFileName(binary)} exited with {code}: {errors}");
    }

    private static ProcessStartInfo Start(string directory, string[] args)
    {
        var start = new ProcessStartInfo(GoTool.Path!, args)
        {
            WorkingDirectory = directory,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        if (Environment.GetEnvironmentVariable("GOCACHE") is null && Environment.GetEnvironmentVariable("HOME") is null)
        {
            start.Environment["GOCACHE"] = Path.Combine(Path.GetTempPath(), "strand-go-cache");
        }
        return start;
    }

    private static (int Code, string Errors) Run(ProcessStartInfo start, TimeSpan timeout)
    {
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return (-1, $"timed out after {timeout}");
        }
        output.GetAwaiter().GetResult();
        return (process.ExitCode, errors.GetAwaiter().GetResult());
    }
}
