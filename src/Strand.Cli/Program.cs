using System.CommandLine;
using Strand.Cli.Commands;

namespace Strand.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        var root = new RootCommand("Strand: finds goroutines that block forever in Go code and in goroutine dumps.");
        foreach (var command in CommandCatalog.All())
        {
            root.Subcommands.Add(command);
        }
        return root.Parse(args).Invoke();
    }
}
