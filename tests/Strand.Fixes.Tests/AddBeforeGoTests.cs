using System.Text;
using Strand.Analysis.Checks;
using Strand.Analysis.Findings;
using Strand.Fixes.Editing;
using Strand.Fixes.Planners;
using Strand.Syntax.Parsing;

namespace Strand.Fixes.Tests;

/// <summary>"Move wg.Add before the go statement" plans only where the moved Add still names the same WaitGroup.</summary>
public sealed class AddBeforeGoTests
{
    private static (FixContext Context, List<SuggestedFix> Fixes) Plan(string source, string at = "wg.Add(1)")
    {
        var bytes = Encoding.UTF8.GetBytes(source);
        var document = new SourceDocument("p.go", bytes, GoParser.ParseFile("p.go", bytes).File);
        var finding = new Finding(CheckIds.WaitGroupAddInGoroutine, Severity.Error, "m", GoldenCase.SpanOf(document, at), null, null, [], [], []);
        var context = new FixContext(finding, document, _ => null);
        return (context, new AddBeforeGoPlanner().Plan(context).ToList());
    }

    private const string Header = "package p\n\nimport \"sync\"\n\n";

    [Fact]
    public void A_WaitGroup_passed_to_the_literal_is_not_moved()
    {
        var (context, fixes) = Plan(Header + "func f(wg0 *sync.WaitGroup) {\n\tgo func(wg *sync.WaitGroup) {\n\t\twg.Add(1)\n\t\twg.Done()\n\t}(wg0)\n\twg0.Wait()\n}\n");
        Assert.Empty(fixes);
        Assert.Contains(context.Declines, d => d.Contains("parameter of the literal", StringComparison.Ordinal));
    }

    [Fact]
    public void A_function_also_called_directly_is_left_alone()
    {
        var (context, fixes) = Plan(Header + "func w(wg *sync.WaitGroup) {\n\twg.Add(1)\n\twg.Done()\n}\n\nfunc f() {\n\tvar wg sync.WaitGroup\n\tgo w(&wg)\n\tw(&wg)\n\twg.Wait()\n}\n");
        Assert.Empty(fixes);
        Assert.Contains(context.Declines, d => d.Contains("other than by a go statement", StringComparison.Ordinal));
    }

    [Fact]
    public void An_Add_after_other_work_is_left_alone()
    {
        var (_, fixes) = Plan(Header + "func f(n int) {\n\tvar wg sync.WaitGroup\n\tgo func() {\n\t\tn++\n\t\twg.Add(1)\n\t\twg.Done()\n\t}()\n\twg.Wait()\n}\n");
        Assert.Empty(fixes);
    }

    [Fact]
    public void A_method_gets_the_Add_through_the_go_statement_receiver()
    {
        var source = Header + "type s struct{ wg sync.WaitGroup }\n\nfunc (x *s) run() {\n\tx.wg.Add(1)\n\tx.wg.Done()\n}\n\nfunc (x *s) all(o *s) {\n\tgo o.run()\n\to.wg.Wait()\n}\n";
        var (context, fixes) = Plan(source, "x.wg.Add(1)");
        var output = Encoding.UTF8.GetString(EditApplier.Apply(context.Document.Bytes, Assert.Single(fixes).Edits));
        Assert.Contains("\to.wg.Add(1)\n\tgo o.run()\n", output, StringComparison.Ordinal);
        Assert.DoesNotContain("x.wg.Add", output, StringComparison.Ordinal);
    }
}
