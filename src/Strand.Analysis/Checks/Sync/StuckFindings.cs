using System.Collections.Immutable;
using Strand.Analysis.Engine;
using Strand.Analysis.Exploration;
using Strand.Analysis.Findings;
using Strand.Model.Ir;
using Strand.Model.Lowering;
using Strand.Syntax.Ast;

namespace Strand.Analysis.Checks.Sync;

/// <summary>Shared pieces of the WaitGroup, Cond and Once findings: who blocks, on what, the witness, text remedies.</summary>
internal static class StuckFindings
{
    /// <summary>A finding on the stuck goroutine's blocked operation.</summary>
    public static Finding Build(
        string check,
        StuckGoroutine stuck,
        string message,
        NamedObject? obj,
        IEnumerable<RelatedLocation> related,
        string lastStep,
        IEnumerable<string> remedies)
    {
        SourceSpan? goroutine = stuck.Spawn is { } go && stuck.Goroutine.SpawnFile is { } gf ? Positions.Span(gf, go.Site) : null;
        var rel = ImmutableArray.CreateBuilder<RelatedLocation>();
        if (goroutine is not null)
        {
            rel.Add(new RelatedLocation(goroutine, "the goroutine is started here"));
        }
        rel.AddRange(related);
        var steps = stuck.Witness.Select(e => $"{e.Text} at {Positions.At(e.File, e.Site)}").ToList();
        if (steps.Count > 10)
        {
            steps = [.. steps.Take(3), "…", .. steps.Skip(steps.Count - 6)];
        }
        steps.Add(lastStep);
        return new Finding(
            check,
            CheckCatalog.Find(check).DefaultSeverity,
            message,
            Positions.Span(stuck.Function.File, stuck.Op.Site),
            goroutine,
            obj,
            rel.ToImmutable(),
            [.. steps],
            [.. remedies.Select(r => new SuggestedFix(r, []))]);
    }

    /// <summary>The stuck goroutine as messages name it: its go statement, or the entry function.</summary>
    public static string Who(StuckGoroutine stuck) => FactsBuilder.Who(stuck);

    /// <summary>Another goroutine of the stuck state as messages name it.</summary>
    public static string Who(Goroutine g, string entryName) =>
        g.Spawn is not null && g.SpawnFile is { } f ? $"the goroutine started at {Positions.At(f, g.Spawn.Site)}" : entryName;

    /// <summary>The entry goroutine's function name in a stuck state (for naming it).</summary>
    public static string EntryName(State s) =>
        s.Goroutines.Find(g => g.Spawn is null) is { Frames: [var first, ..] } ? first.Fn.Name : "the entry";

    /// <summary>What goroutine g is blocked on, in words (<c>receiving from warmed at a.go:20</c>).</summary>
    public static string Doing(Goroutine g)
    {
        if (g.Top is not { } f)
        {
            return "is gone";
        }
        var op = f.Fn.Code[f.Pc];
        var at = Positions.At(f.Fn.File, op.Site);
        return op switch
        {
            SendInstr s => $"sending on {s.Chan.Text} at {at}",
            RecvInstr { Form: RecvForm.Range } r => $"ranging over {r.Chan.Text} at {at}",
            RecvInstr r => $"receiving from {r.Chan.Text} at {at}",
            SelectInstr => $"in a select at {at}",
            CallInstr { Site: CallExpr c } => $"in {CallText(c)} at {at}",
            _ => $"at {at}",
        };
    }

    /// <summary>A call as written, without its arguments: <c>r.mu.Lock()</c>, <c>once.Do(...)</c>.</summary>
    public static string CallText(CallExpr c) => ExprText.Render(c.Fun) + (c.Args.Length == 0 ? "()" : "(...)");

    /// <summary>The called method's receiver as written at a call or defer site.</summary>
    public static string Receiver(Node site) => Interpreter.ReceiverText(site);
}
