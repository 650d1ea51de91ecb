using Strand.Semantics.Tests.Support;
using Xunit;

namespace Strand.Semantics.Tests;

public class SmokeTests
{
    [Fact]
    public void Stubs_parse_and_bind_without_errors()
    {
        Assert.Empty(StubLibrary.Instance.Errors);
        Assert.Contains("sync", StubLibrary.Instance.ImportPaths);
        Assert.Contains("os/signal", StubLibrary.Instance.ImportPaths);
    }

    [Fact]
    public void Loads_a_small_program()
    {
        using var s = Snippet.Load("""
            package main

            import "fmt"

            func main() {
            	ch := make(chan string, 2)
            	go func() { ch <- "hi" }()
            	fmt.Println(<-ch)
            }
            """);
        Assert.Empty(s.Program.Errors);
        Assert.Empty(s.Program.BindingErrors);
        var pkg = Assert.Single(s.Program.Packages);
        Assert.Equal(PackageKind.Command, pkg.Kind);
        var ch = Assert.IsType<ChanType>(s.TypeOfId("ch"));
        Assert.Equal(BasicType.String, ch.Elem);
        Assert.Same(s.Sym("ch"), s.Sym("ch", 1));
    }
}
