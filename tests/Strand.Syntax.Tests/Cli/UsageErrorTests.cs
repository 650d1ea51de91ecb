using Xunit;

namespace Strand.Syntax.Tests.Cli;

/// <summary>Command-line usage errors exit 2 with a message on stderr, as go vet's do.</summary>
public sealed class UsageErrorTests
{
    [Theory]
    [InlineData("dump", "--format")]
    [InlineData("parse", "--no-such-flag")]
    [InlineData("no-such-command")]
    public void UsageErrorExitsTwo(params string[] args)
    {
        var run = CliRun.Invoke(args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("strand", run.Stderr);
    }
}
