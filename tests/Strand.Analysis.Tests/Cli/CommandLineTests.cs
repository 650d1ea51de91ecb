using Xunit;
using Strand.Analysis.Checks;
using Strand.Cli.Commands;

namespace Strand.Analysis.Tests.Cli;

/// <summary>The commands as the user types them, through Program.Main (which writes to the console).</summary>
[Collection(ConsoleCollection.Name)]
public sealed class CommandLineTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var oldOut = Console.Out;
        var oldErr = Console.Error;
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        Console.SetOut(stdout);
        Console.SetError(stderr);
        try
        {
            return (global::Strand.Cli.Program.Main(args), stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldErr);
        }
    }

    [Fact]
    public void Explain_alone_lists_every_check()
    {
        var (code, output, _) = Run("explain");
        Assert.Equal(0, code);
        foreach (var id in CheckCatalog.Ids)
        {
            Assert.Contains(id + " ", output);
        }
    }

    [Fact]
    public void Explain_a_check_prints_its_documentation_and_examples()
    {
        var (code, output, _) = Run("explain", "chan-range-leak");
        Assert.Equal(0, code);
        Assert.StartsWith("chan-range-leak: ", output);
        Assert.Contains("How to fix", output);
        Assert.Contains("Leaky:", output);
        Assert.Contains("Fixed:", output);
        Assert.Contains("    func (w *Writer) Close()", output);
    }

    [Fact]
    public void Explain_an_unknown_check_exits_two_with_the_list()
    {
        var (code, _, err) = Run("explain", "chan-leak");
        Assert.Equal(2, code);
        Assert.Contains("unknown check 'chan-leak'", err);
        Assert.Contains("chan-send-leak", err);
    }

    [Fact]
    public void Check_usage_errors_exit_two()
    {
        Assert.Equal(2, Run("check", "/no/such/path.go").Code);
        var (code, _, err) = Run("check", "--checks", "bogus", ".");
        Assert.Equal(2, code);
        Assert.Contains("unknown check 'bogus'", err);
        Assert.Equal(2, Run("check", "--format", "yaml", ".").Code);
    }

    [Fact]
    public void Explain_command_run_is_usable_directly()
    {
        var output = new StringWriter();
        Assert.Equal(0, ExplainCommand.Run("after-in-loop", output, new StringWriter()));
        Assert.Contains("default severity: warning", output.ToString());
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "console";
}
