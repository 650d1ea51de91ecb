namespace Strand.Syntax.Tests.Cli;

/// <summary>The exit code and the captured output of one in-process run of the strand command.</summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    private static readonly Lock ConsoleLock = new();

    /// <summary>Runs <c>strand ARGS</c> through Program.Main with the console redirected.</summary>
    public static CliRun Invoke(params string[] args)
    {
        lock (ConsoleLock)
        {
            var (oldOut, oldErr) = (Console.Out, Console.Error);
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            Console.SetOut(stdout);
            Console.SetError(stderr);
            try
            {
                var code = Strand.Cli.Program.Main(args);
                return new CliRun(code, stdout.ToString(), stderr.ToString());
            }
            finally
            {
                Console.SetOut(oldOut);
                Console.SetError(oldErr);
            }
        }
    }

    public string[] StdoutLines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
