using System.Diagnostics;
using System.Text;

namespace Strand.Analysis.Tests.Sync;

/// <summary>Runs the Go toolchain for the corpus tests; knows whether it is there at all.</summary>
internal static class GoTool
{
    private static readonly Lazy<string?> Path = new(FindGo);

    /// <summary>Null when <c>go</c> is usable, else why the Go-dependent tests are skipped.</summary>
    public static string? UnavailableReason => Path.Value is null ? "the go toolchain is not on PATH" : null;

    /// <summary>Runs go with <paramref name="args"/> in <paramref name="workDir"/>; kills it after <paramref name="timeout"/>.</summary>
    public static GoRun Run(string workDir, TimeSpan timeout, params string[] args)
    {
        var go = Path.Value ?? throw new InvalidOperationException("go is not available");
        var start = new ProcessStartInfo(go)
        {
            WorkingDirectory = workDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["GO111MODULE"] = "on";
        start.Environment["GOFLAGS"] = "-mod=mod";
        start.Environment["GOTOOLCHAIN"] = "local";

        using var process = new Process { StartInfo = start };
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return new GoRun(-1, output.ToString(), TimedOut: true);
        }
        process.WaitForExit(); // drains the asynchronous readers
        return new GoRun(process.ExitCode, output.ToString(), TimedOut: false);
    }

    private static void Append(StringBuilder sb, string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (sb)
        {
            sb.AppendLine(line);
        }
    }

    private static string? FindGo()
    {
        var dirs = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator);
        foreach (var dir in dirs.Where(d => d.Length > 0))
        {
            var candidate = System.IO.Path.Combine(dir, OperatingSystem.IsWindows() ? "go.exe" : "go");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}

internal sealed record GoRun(int ExitCode, string Output, bool TimedOut);
