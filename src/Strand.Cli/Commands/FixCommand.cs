using System.CommandLine;
using Strand.Cli.Check;
using Strand.Cli.Fix;
using Strand.Fixes;
using Strand.Fixes.Writing;

namespace Strand.Cli.Commands;

/// <summary>
/// <c>strand fix [--diff | --write] [--checks id,id] PATH...</c>: applies the remedies that
/// re-analysis verifies; prints a unified diff by default, writes the files with <c>--write</c>.
/// </summary>
internal static class FixCommand
{
    public static Command Create()
    {
        var diff = new Option<bool>("--diff") { Description = "Print the fixes as a unified diff and change nothing (the default)." };
        var write = new Option<bool>("--write") { Description = "Write the fixed files (atomically; a file changed since it was read is refused)." };
        var checks = new Option<string>("--checks") { Description = "Comma-separated check ids whose findings to fix (default: all)." };
        var paths = new Argument<string[]>("paths") { Description = "Go files, directories or dir/... patterns (default: .).", Arity = ArgumentArity.ZeroOrMore };
        var cmd = new Command("fix", "Fix goroutine leaks with the remedies that re-analysis verifies: print a diff, or --write.");
        cmd.Options.Add(diff);
        cmd.Options.Add(write);
        cmd.Options.Add(checks);
        cmd.Arguments.Add(paths);
        cmd.SetAction(result => Run(result.GetValue(paths), result.GetValue(diff), result.GetValue(write), result.GetValue(checks),
            Console.Out, Console.Error));
        return cmd;
    }

    public static int Run(string[]? paths, bool diff, bool write, string? checks, TextWriter stdout, TextWriter stderr)
    {
        if (diff && write)
        {
            stderr.WriteLine("strand fix: --diff and --write exclude each other");
            return 2;
        }
        var (options, error) = CheckArguments.Validate(paths, "text", checks, verbose: false, stats: false);
        if (options is null)
        {
            stderr.WriteLine($"strand fix: {error}");
            return 2;
        }
        return FixRunner.Run(new FixOptions(options.Paths, options.Checks, write), FixEngine.Default, SafeWriter.Disk, stdout, stderr);
    }
}
