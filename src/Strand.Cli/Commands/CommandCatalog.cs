using System.CommandLine;

namespace Strand.Cli.Commands;

/// <summary>Every subcommand of <c>strand</c>; each lives in its own file and adds one line here.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All()
    {
        yield return ParseCommand.Create();
        yield return CheckCommand.Create();
        yield return FixCommand.Create();
        yield return ExplainCommand.Create();
        yield return DumpCommand.Create();
    }
}
