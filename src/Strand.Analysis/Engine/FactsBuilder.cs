using System.Collections.Immutable;
using Strand.Analysis.Checks;
using Strand.Analysis.Exploration;
using Strand.Model;
using Strand.Model.Ir;
using Strand.Syntax.Ast;

namespace Strand.Analysis.Engine;

/// <summary>Turns a stuck goroutine into facts in plain words: which channels, how they were made, why nothing wakes it.</summary>
internal sealed class FactsBuilder(ProgramModel model, ExplorationResult exploration, string entryName)
{
    private readonly Interpreter _interp = new(model);

    public BlockedFacts? Build(StuckGoroutine stuck)
    {
        var (kind, refs) = stuck.Op switch
        {
            SendInstr s => (BlockedKind.Send, new List<(ChanRef, bool)> { (s.Chan, true) }),
            RecvInstr { Form: RecvForm.Range } r => (BlockedKind.Range, [(r.Chan, false)]),
            RecvInstr r => (BlockedKind.Receive, [(r.Chan, false)]),
            SelectInstr sel => (BlockedKind.Select, sel.Cases.Select(c => (c.Chan, c.IsSend)).ToList()),
            _ => (BlockedKind.Send, (List<(ChanRef, bool)>?)null),
        };
        if (refs is null || refs.Count == 0)
        {
            return null; // locks, WaitGroups, select {}: other checks
        }
        var frame = stuck.Goroutine.Top!;
        var channels = ImmutableArray.CreateBuilder<ChannelFacts>();
        foreach (var (chanRef, isSend) in refs)
        {
            var value = _interp.Probe(stuck.State, frame, chanRef.Chan);
            var obj = stuck.State.Get<ChanObj>(value);
            var ctx = obj is { Context: not 0 } ? stuck.State.Get<ContextObj>(obj.Context) : null;
            var isNil = value.Kind == ValueKind.Nil;
            channels.Add(new ChannelFacts(chanRef.Text, isSend, isNil, obj, ctx, Describe(obj, ctx), Reason(stuck, chanRef.Text, isSend, isNil, obj, ctx)));
        }
        return new BlockedFacts(stuck, kind, stuck.Function.File, stuck.Op.Site, channels.ToImmutable(), Who(stuck));
    }

    public static string Who(StuckGoroutine stuck) =>
        stuck.Spawn is not null && stuck.Goroutine.SpawnFile is { } f ? $"goroutine started at {Positions.At(f, stuck.Spawn.Site)}" : stuck.Function.Name;

    private static string Describe(ChanObj? c, ContextObj? ctx)
    {
        if (c is null)
        {
            return "a channel Strand cannot follow";
        }
        var made = c.File is null ? "" : ", made at " + Positions.At(c.File, c.Site);
        if (ctx is not null)
        {
            return $"closed when the context{made} is cancelled";
        }
        if (c.Timer != TimerKind.None)
        {
            return $"a timer channel{made}";
        }
        return c.Capacity switch
        {
            0 => $"unbuffered{made}",
            < 0 => $"buffered{made}",
            _ => $"buffered with capacity {c.Capacity}{made}",
        };
    }

    private string Reason(StuckGoroutine stuck, string text, bool isSend, bool isNil, ChanObj? c, ContextObj? ctx)
    {
        if (isNil)
        {
            return $"{text} is nil";
        }
        if (ctx is not null)
        {
            if (ctx.Root)
            {
                return "the context comes from context.Background() or TODO(), which is never cancelled";
            }
            var made = c!.File is null ? "" : " made at " + Positions.At(c.File, c.Site);
            return $"the context{made} is never cancelled: its cancel function is not called on this path";
        }
        if (c is null)
        {
            return "nothing can complete it";
        }
        var users = exploration.ChannelUsers.GetValueOrDefault(c.Site) ?? [];
        var maker = users.Where(u => u.Kind == 'm').Select(u => u.Function.Name).FirstOrDefault();
        var dropped = stuck.State.CallerDropped ? $", and once the caller drops what {entryName} returns nothing else can reach {text}" : "";
        if (isSend)
        {
            var receivers = users.Where(u => u.Kind == 'r').Select(u => u.Function.Name).Distinct().ToList();
            var only = receivers.Count == 1 ? receivers[0] : receivers.Count == 0 ? maker : null;
            if (only is not null && ReturnOf(stuck, only) is { } ret)
            {
                return $"its only receiver, {only}, returns at {ret} without receiving{dropped}";
            }
            return receivers.Count == 0 ? $"nothing ever receives from {text}{dropped}" : $"no goroutine left can receive from {text}{dropped}";
        }
        var senders = users.Where(u => u.Kind is 's' or 'c').Select(u => u.Function.Name).Distinct().ToList();
        var closes = users.Any(u => u.Kind == 'c');
        if (senders.Count == 0)
        {
            if (maker is not null && ReturnOf(stuck, maker) is { } mret)
            {
                return $"nothing ever sends on {text} or closes it, and {maker}, which made it, returns at {mret}{dropped}";
            }
            return $"nothing ever sends on {text} or closes it{dropped}";
        }
        var neverClosed = closes ? "" : $"{text} is never closed and ";
        if (senders.Count == 1 && ReturnOf(stuck, senders[0]) is { } sret)
        {
            return $"{neverClosed}its only sender, {senders[0]}, returns at {sret} without sending again{dropped}";
        }
        return $"{neverClosed}no goroutine left sends on {text}{(closes ? " or closes it" : "")}{dropped}";
    }

    /// <summary>Where the witness shows <paramref name="function"/> returning (the last time), as path:line.</summary>
    private static string? ReturnOf(StuckGoroutine stuck, string function)
    {
        foreach (var e in stuck.Witness.Reverse())
        {
            if (e.Text == function + " returns" || e.Text == function + " panics")
            {
                return Positions.At(e.File, e.Site);
            }
        }
        return null;
    }

    /// <summary>The witness as short steps in plain words.</summary>
    public static ImmutableArray<string> Witness(BlockedFacts facts)
    {
        var steps = facts.Stuck.Witness.Select(e => $"{e.Text} at {Positions.At(e.File, e.Site)}").ToList();
        if (steps.Count > 8)
        {
            steps = [.. steps.Take(3), "…", .. steps.Skip(steps.Count - 4)];
        }
        var who = facts.Stuck.Spawn is null ? facts.Stuck.Function.Name : "the goroutine";
        var c = facts.Channels[0];
        var verb = facts.Kind switch
        {
            BlockedKind.Send => $"sending on {c.Text}",
            BlockedKind.Range => $"ranging over {c.Text}",
            BlockedKind.Receive => $"receiving from {c.Text}",
            _ => "in a select",
        };
        steps.Add($"{who} blocks {verb} at {Positions.At(facts.File, facts.Site)}; {c.Reason}");
        return [.. steps];
    }

    public static Node Site(BlockedFacts f) => f.Site;
}
