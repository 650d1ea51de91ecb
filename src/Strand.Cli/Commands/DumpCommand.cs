using System.CommandLine;
using Strand.Cli.Dump;

namespace Strand.Cli.Commands;

/// <summary>
/// <c>strand dump [--format text|json] [--source DIR] [--every 10s --count 6] [--level exact|lines|functions] FILE|-|URL...</c>:
/// reads goroutine dumps and profiles, groups alike goroutines, says which groups leak and what grew.
/// Exit 0 no suspect, 1 a suspect group, 2 usage error or unreadable input.
/// </summary>
internal static class DumpCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "Output format: text (default) or json." };
        var source = new Option<string>("--source") { Description = "Directory with the program's source: shows blocking lines and links static findings." };
        var every = new Option<string>("--every") { Description = "Take a snapshot from the URL at this interval (e.g. 10s, 500ms, 1m)." };
        var count = new Option<string>("--count") { Description = "Number of snapshots to take with --every (default 6)." };
        var level = new Option<string>("--level") { Description = "Grouping: exact, lines (default) or functions." };
        var inputs = new Argument<string[]>("inputs") { Description = "Dump files, - for stdin, or http(s) URLs of a pprof goroutine endpoint; several = snapshots in order.", Arity = ArgumentArity.ZeroOrMore };
        var cmd = new Command("dump", "Read goroutine dumps and profiles: group alike goroutines, find the leaked ones, show the growth.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        cmd.Options.Add(format);
        cmd.Options.Add(source);
        cmd.Options.Add(every);
        cmd.Options.Add(count);
        cmd.Options.Add(level);
        cmd.Arguments.Add(inputs);
        cmd.SetAction(result =>
        {
            if (result.UnmatchedTokens.Count > 0)
            {
                Console.Error.WriteLine($"strand dump: unknown argument {result.UnmatchedTokens[0]}");
                return 2;
            }
            var (options, error) = DumpOptions.Validate(result.GetValue(inputs), result.GetValue(format), result.GetValue(source),
                result.GetValue(every), result.GetValue(count), result.GetValue(level));
            if (options is null)
            {
                Console.Error.WriteLine($"strand dump: {error}");
                return 2;
            }
            return DumpRunner.Run(options, Console.OpenStandardInput, Console.Out, Console.Error);
        });
        return cmd;
    }
}
