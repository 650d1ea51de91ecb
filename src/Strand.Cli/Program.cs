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
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // Usage errors exit 2, as go vet does; System.CommandLine's own default would be 1.
            foreach (var error in parsed.Errors)
            {
                Console.Error.WriteLine($"strand: {error.Message}");
            }
            return 2;
        }
        return parsed.Invoke();
    }
}
