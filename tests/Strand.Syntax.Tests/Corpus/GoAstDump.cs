using System.Diagnostics;

namespace Strand.Syntax.Tests.Corpus;

/// <summary>
/// The reference program in tests/GoAstDump, built once per test run with go build into a
/// temporary directory (the CI machine starts from a clean clone), and run over file lists.
/// </summary>
public static class GoAstDump
{
    private static readonly Lazy<string> Binary = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Starts the dumper over the files (listed in a temporary file) with extra flags.</summary>
    public static Process Start(IReadOnlyList<string> files, params string[] flags)
    {
        var list = Path.Combine(Path.GetDirectoryName(Binary.Value)!, $"files-{Guid.NewGuid():N}.txt");
        System.IO.File.WriteAllLines(list, files);
        var info = new ProcessStartInfo(Binary.Value)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var flag in flags)
        {
            info.ArgumentList.Add(flag);
        }
        info.ArgumentList.Add("-list");
        info.ArgumentList.Add(list);
        return Process.Start(info) ?? throw new InvalidOperationException("cannot start goastdump");
    }

    /// <summary>Runs the dumper to completion and returns its standard output.</summary>
    public static string Run(IReadOnlyList<string> files, params string[] flags)
    {
        using var process = Start(files, flags);
        var stderr = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"goastdump failed ({process.ExitCode}): {stderr.Result}");
        }
        return output;
    }

    private static string Build()
    {
        var source = Path.Combine(RepositoryRoot(), "tests", "GoAstDump");
        var dir = Path.Combine(Path.GetTempPath(), $"strand-goastdump-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(dir, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: a leftover temporary directory is harmless.
            }
        };
        var binary = Path.Combine(dir, OperatingSystem.IsWindows() ? "goastdump.exe" : "goastdump");
        GoToolchain.Run(source, GoToolchain.BuildEnvironment(), "build", "-o", binary, ".");
        return binary;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "tests", "GoAstDump", "go.mod")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("cannot find tests/GoAstDump above " + AppContext.BaseDirectory);
    }
}
