using Xunit;
using System.Reflection;
using Strand.Analysis.Checks;
using Strand.Analysis.Findings;

namespace Strand.Analysis.Tests.Checks;

public sealed class CheckCatalogTests
{
    private static IEnumerable<string> DeclaredIds() =>
        typeof(CheckIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!);

    [Fact]
    public void Every_declared_check_id_has_exactly_one_descriptor()
    {
        Assert.Equal(DeclaredIds().Order(StringComparer.Ordinal), CheckCatalog.Ids.Order(StringComparer.Ordinal));
        Assert.Equal(CheckCatalog.Ids.Length, CheckCatalog.Ids.Distinct().Count());
    }

    [Fact]
    public void Every_descriptor_is_documented_with_examples()
    {
        foreach (var d in CheckCatalog.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(d.Title), d.Id);
            Assert.Contains("How to fix", d.Documentation);
            Assert.False(string.IsNullOrWhiteSpace(d.LeakyExample), d.Id);
            Assert.False(string.IsNullOrWhiteSpace(d.FixedExample), d.Id);
            Assert.NotEqual(d.LeakyExample, d.FixedExample);
            Assert.Equal("0.1.0", d.Since);
        }
    }

    [Fact]
    public void Severities_follow_the_guide()
    {
        Assert.Equal(Severity.Warning, CheckCatalog.Find(CheckIds.AfterInLoop).DefaultSeverity);
        Assert.Equal(Severity.Warning, CheckCatalog.Find(CheckIds.UnusedIgnore).DefaultSeverity);
        Assert.Equal(Severity.Error, CheckCatalog.Find(CheckIds.ChanSendLeak).DefaultSeverity);
        Assert.All(CheckCatalog.All.Where(d => d.Id.EndsWith("-leak", StringComparison.Ordinal)), d => Assert.Equal(Severity.Error, d.DefaultSeverity));
    }

    [Fact]
    public void Unknown_ids_are_refused()
    {
        Assert.Null(CheckCatalog.TryFind("no-such-check"));
        Assert.False(CheckCatalog.IsKnown("no-such-check"));
        Assert.Throws<ArgumentException>(() => CheckCatalog.Find("no-such-check"));
    }
}
