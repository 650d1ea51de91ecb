using System.Diagnostics;

namespace Strand.Fixes.Tests;

/// <summary>Runs the go and gofmt tools for the tests that check fixed code with Go itself.</summary>
internal static class GoTool
{
    public static string? Path { get; } = Find("go");

    public static string? Find(string tool)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator))
        {
            var candidate = System.IO.Path.Combine(dir, tool);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }

    /// <summary>Runs a tool in <paramref name="directory"/>; returns its exit code and combined output.</summary>
    public static (int ExitCode, string Output) Run(string tool, string directory, params string[] args)
    {
        var info = new ProcessStartInfo(Find(tool) ?? tool)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        // Module mode off: each test program is a lone file; a private cache keeps runs independent.
        info.Environment["GO111MODULE"] = "off";
        info.Environment["GOFLAGS"] = "";
        info.Environment["GOCACHE"] = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "strand-fix-tests-gocache");
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
