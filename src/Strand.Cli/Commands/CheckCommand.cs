using System.CommandLine;
using Strand.Analysis.Engine;
using Strand.Cli.Check;
using Strand.Fixes;

namespace Strand.Cli.Commands;

/// <summary>
/// <c>strand check [--format text|json|sarif] [--checks id,id] [-v] [--stats] PATH...</c>: finds
/// goroutines that block forever. Exit 0 nothing found, 1 findings, 2 usage error or unreadable input.
/// </summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "Output format: text (default), json or sarif.", DefaultValueFactory = _ => "text" };
        var checks = new Option<string>("--checks") { Description = "Comma-separated check ids to run (default: all; see strand explain)." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Text format: also print related locations and the witness of each finding." };
        var stats = new Option<bool>("--stats") { Description = "Print a summary (findings, errors, counters) on stderr." };
        var paths = new Argument<string[]>("paths") { Description = "Go files, directories or dir/... patterns (default: .).", Arity = ArgumentArity.ZeroOrMore };
        var cmd = new Command("check", "Find goroutines that block forever and say why, with the remedies that fit.");
        cmd.Options.Add(format);
        cmd.Options.Add(checks);
        cmd.Options.Add(verbose);
        cmd.Options.Add(stats);
        cmd.Arguments.Add(paths);
        cmd.SetAction(result => Run(
            result.GetValue(paths), result.GetValue(format), result.GetValue(checks),
            result.GetValue(verbose), result.GetValue(stats), Console.Out, Console.Error));
        return cmd;
    }

    public static int Run(string[]? paths, string? format, string? checks, bool verbose, bool stats, TextWriter stdout, TextWriter stderr)
    {
        var (options, error) = CheckArguments.Validate(paths, format, checks, verbose, stats);
        if (options is null)
        {
            stderr.WriteLine($"strand check: {error}");
            return 2;
        }
        return CheckRunner.Run(
            options,
            Analyzer.Analyze,
            stdout,
            stderr,
            verifiedFixes: (request, result) => new FixEngine(Analyzer.Analyze).AttachFixes(request, result));
    }
}
