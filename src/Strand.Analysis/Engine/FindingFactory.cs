using System.Collections.Immutable;
using Strand.Analysis.Checks;
using Strand.Analysis.Findings;
using Strand.Semantics;

namespace Strand.Analysis.Engine;

/// <summary>Builds the finding for a stuck goroutine: span, message, goroutine, channel, witness, remedies.</summary>
internal static class FindingFactory
{
    public static Finding Leak(ILeakCheck check, BlockedFacts facts, ExplorationContext context)
    {
        var span = Positions.Span(facts.File, facts.Site);
        SourceSpan? goroutine = facts.Stuck.Spawn is { } go && facts.Stuck.Goroutine.SpawnFile is { } gf ? Positions.Span(gf, go.Site) : null;
        var c = facts.Channels[0];
        NamedObject? obj = c.Channel is { File: { } cf } ch ? new NamedObject(c.Text, Positions.Span(cf, ch.Site)) : null;
        var related = ImmutableArray.CreateBuilder<RelatedLocation>();
        if (goroutine is not null)
        {
            related.Add(new RelatedLocation(goroutine, "the goroutine is started here"));
        }
        if (obj is not null)
        {
            related.Add(new RelatedLocation(obj.Span, $"{c.Text} is made here"));
        }
        var fixes = check.Id is CheckIds.NilChannel or CheckIds.ContextLeak ? [] : Remedies.For(facts, context);
        return new Finding(
            check.Id,
            CheckCatalog.Find(check.Id).DefaultSeverity,
            check.Message(facts),
            span,
            goroutine,
            obj,
            related.ToImmutable(),
            FactsBuilder.Witness(facts),
            fixes);
    }
}

/// <summary>What remedies need besides the facts: types, sources, and who used each channel.</summary>
internal sealed record ExplorationContext(TypeInfo Info, SourceCache Sources, Exploration.ExplorationResult Result);
