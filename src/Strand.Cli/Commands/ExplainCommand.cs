using System.CommandLine;
using Strand.Analysis.Checks;
using Strand.Analysis.Findings;

namespace Strand.Cli.Commands;

/// <summary><c>strand explain [CHECK]</c>: a check's documentation with a leaky and a fixed example; alone, the list of checks.</summary>
internal static class ExplainCommand
{
    public static Command Create()
    {
        var check = new Argument<string?>("check") { Description = "A check id, as printed at the end of a finding.", Arity = ArgumentArity.ZeroOrOne };
        var cmd = new Command("explain", "Explain a check: what it finds, why it matters, how to fix it.");
        cmd.Arguments.Add(check);
        cmd.SetAction(result => Run(result.GetValue(check), Console.Out, Console.Error));
        return cmd;
    }

    public static int Run(string? id, TextWriter stdout, TextWriter stderr)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            WriteList(stdout);
            return 0;
        }
        var descriptor = CheckCatalog.TryFind(id.Trim());
        if (descriptor is null)
        {
            stderr.WriteLine($"strand explain: unknown check '{id}'. Known checks:");
            WriteList(stderr);
            return 2;
        }
        Write(stdout, descriptor);
        return 0;
    }

    private static void WriteList(TextWriter output)
    {
        var width = CheckCatalog.Ids.Max(i => i.Length);
        foreach (var d in CheckCatalog.All)
        {
            output.Write($"{d.Id.PadRight(width)}  {d.Title}\n");
        }
    }

    private static void Write(TextWriter output, CheckDescriptor d)
    {
        var severity = d.DefaultSeverity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "info",
        };
        output.Write($"{d.Id}: {d.Title}\n");
        output.Write($"default severity: {severity}; since {d.Since}\n\n");
        output.Write(d.Documentation.TrimEnd() + "\n\n");
        output.Write("Leaky:\n\n" + Indent(d.LeakyExample) + "\n");
        output.Write("Fixed:\n\n" + Indent(d.FixedExample) + "\n");
        output.Write($"Suppress one finding with //strand:ignore {d.Id} reason (on its line or the line above).\n");
    }

    private static string Indent(string code) =>
        string.Concat(code.TrimEnd().Split('\n').Select(l => l.Length == 0 ? "\n" : "    " + l + "\n"));
}
