using Strand.Analysis.Engine;
using Strand.Analysis.Exploration;
using Strand.Analysis.Findings;
using Strand.Syntax.Ast;

namespace Strand.Analysis.Checks.Sync;

/// <summary>
/// cond-wait-leak: a goroutine parked in cond.Wait() that no Signal or Broadcast can still reach:
/// nobody signals after the change it waits for, the signaller returned early, one Signal for
/// several waiters, or a Signal sent before it waited (lost when Wait is not in a loop).
/// </summary>
internal sealed class CondWaitCheck : ISyncStuckCheck
{
    public Func<StuckGoroutine, Finding?>? Explainer(SyncStuckContext context)
    {
        if (!context.On(CheckIds.CondWaitLeak))
        {
            return null;
        }
        var interp = new Interpreter(context.Model);
        return stuck => interp.CondAwaited(stuck.State, stuck.Goroutine) is { } cond && cond.Waiting.Contains(stuck.Goroutine.Id) ? Build(stuck, cond) : null;
    }

    private static Finding Build(StuckGoroutine stuck, CondObj cond)
    {
        var text = StuckFindings.Receiver(stuck.Op.Site);
        var made = cond.File is { } f ? $" (made at {Positions.At(f, cond.Site)})" : "";
        var inLoop = InConditionLoop(stuck.Function.Decl, stuck.Op.Site);
        var signals = stuck.Witness.Where(e => e.Text.Contains($" {text}.Signal()", StringComparison.Ordinal) || e.Text.Contains($" {text}.Broadcast()", StringComparison.Ordinal)).ToList();
        var lost = signals.Any(e => e.Text.Contains("wakes nobody", StringComparison.Ordinal));
        var others = stuck.State.Goroutines.Count(h => h.Id != stuck.Goroutine.Id && cond.Waiting.Contains(h.Id));
        string why;
        if (!inLoop && lost)
        {
            why = "its Signal came before it started waiting and was lost: the Wait does not re-check a condition in a loop";
        }
        else if (signals.Count > 0 && signals.All(e => e.Text.Contains(".Signal()", StringComparison.Ordinal)) && (others > 0 || signals.Any(e => e.Text.Contains("wakes one waiter", StringComparison.Ordinal))))
        {
            why = $"Signal wakes only one waiter and no goroutine left calls Signal or Broadcast again{(others > 0 ? $" ({others + 1} goroutines wait)" : "")}";
        }
        else if (signals.Count > 0)
        {
            why = "no goroutine left calls Signal or Broadcast after the change it waits for";
        }
        else
        {
            why = $"no goroutine left calls Signal or Broadcast on {text}";
        }
        var message = $"{StuckFindings.Who(stuck)} blocks forever in {text}.Wait(){made}: {why}";
        var remedies = new List<string>();
        if (!inLoop)
        {
            remedies.Add($"wait in a loop over a condition: for !ready {{ {text}.Wait() }}");
        }
        remedies.Add("signal on every path that changes the condition, error paths included");
        remedies.Add("Broadcast when several goroutines wait or when closing");
        return StuckFindings.Build(
            CheckIds.CondWaitLeak,
            stuck,
            message,
            cond.File is { } cf ? new NamedObject(text, Positions.Span(cf, cond.Site)) : null,
            cond.File is { } rf ? [new RelatedLocation(Positions.Span(rf, cond.Site), $"{text} is made here")] : [],
            $"{(stuck.Spawn is null ? stuck.Function.Name : "the goroutine")} waits in {text}.Wait() at {Positions.At(stuck.Function.File, stuck.Op.Site)}; {why}",
            remedies);
    }

    /// <summary>The Wait sits in a <c>for cond { }</c> loop of its own function (a re-check).</summary>
    private static bool InConditionLoop(Node fn, Node site)
    {
        var body = fn switch
        {
            FuncDecl { Body: { } b } => b,
            FuncLit l => l.Body,
            _ => null,
        };
        if (body is null)
        {
            return true;
        }
        var found = false;
        AstWalker.Inspect(body, n =>
        {
            if (found || n is FuncLit)
            {
                return false;
            }
            if (n is ForStmt { Cond: not null } loop && loop.Pos <= site.Pos && site.End <= loop.End)
            {
                found = true;
            }
            return n.Pos <= site.Pos && site.End <= n.End;
        });
        return found;
    }
}
