using System.Diagnostics;

namespace Strand.Syntax.Tests.Corpus;

/// <summary>
/// Finds the Go toolchain and its standard library source, the corpus of the differential tests.
/// Everything is looked up once; a missing piece gives a reason to skip instead of a failure.
/// </summary>
public static class GoToolchain
{
    private static readonly Lazy<string?> GoPath = new(FindOnPath);
    private static readonly Lazy<string?> Root = new(QueryGoRoot);

    /// <summary>Full path of the <c>go</c> command, or null when it is not on PATH.</summary>
    public static string? Go => GoPath.Value;

    /// <summary><c>$(go env GOROOT)/src</c> when it exists, else null.</summary>
    public static string? CorpusRoot => Root.Value is { } root && Directory.Exists(Path.Combine(root, "src"))
        ? Path.Combine(root, "src")
        : null;

    /// <summary>Why the corpus tests cannot run here, or null when they can.</summary>
    public static string? UnavailableReason =>
        Go is null ? "go is not on PATH (install golang-go golang-1.19-src to run the corpus tests)"
        : CorpusRoot is null ? "$(go env GOROOT)/src is missing (install golang-1.19-src)"
        : null;

    /// <summary>Every regular .go file under the corpus root, in ordinal order.</summary>
    public static IReadOnlyList<string> CorpusFiles()
    {
        var root = CorpusRoot ?? throw new InvalidOperationException(UnavailableReason);
        var files = Directory.EnumerateFiles(root, "*.go", SearchOption.AllDirectories).ToList();
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>Runs go with the given arguments and returns its standard output; throws on failure.</summary>
    public static string Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var info = StartInfo(workingDirectory, environment, args);
        using var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start go");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"go {string.Join(' ', args)} failed ({process.ExitCode}): {stderr.Result}");
        }
        return stdout;
    }

    public static ProcessStartInfo StartInfo(string workingDirectory, IReadOnlyDictionary<string, string> environment, IEnumerable<string> args)
    {
        var info = new ProcessStartInfo(Go ?? throw new InvalidOperationException(UnavailableReason))
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }
        return info;
    }

    /// <summary>
    /// Settings that let go build a std-only module anywhere: modules on, no network, no
    /// toolchain switch, and a cache directory when the machine defines none (no HOME in CI).
    /// </summary>
    public static IReadOnlyDictionary<string, string> BuildEnvironment()
    {
        var env = new Dictionary<string, string>
        {
            ["GO111MODULE"] = "on",
            ["GOFLAGS"] = "",
            ["GOPROXY"] = "off",
            ["GOTOOLCHAIN"] = "local",
        };
        var hasCache = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("GOCACHE"))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("XDG_CACHE_HOME"))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("HOME"));
        if (!hasCache)
        {
            env["GOCACHE"] = Path.Combine(Path.GetTempPath(), "strand-gocache");
        }
        return env;
    }

    private static string? FindOnPath()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, OperatingSystem.IsWindows() ? "go.exe" : "go");
            if (System.IO.File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }

    private static string? QueryGoRoot()
    {
        if (Go is null)
        {
            return null;
        }
        try
        {
            var root = Run(Path.GetTempPath(), BuildEnvironment(), "env", "GOROOT").Trim();
            return root.Length == 0 ? null : root;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
