using System.CommandLine;

namespace Strand.Cli.Commands;

/// <summary>Every subcommand of <c>strand</c>; each lives in its own file and adds one line here.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All()
    {
        yield break;
    }
}
