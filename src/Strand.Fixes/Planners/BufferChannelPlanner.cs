using Strand.Analysis.Checks;
using Strand.Analysis.Findings;
using Strand.Fixes.Editing;
using Strand.Fixes.Syntax;
using Strand.Syntax.Ast;
using Strand.Syntax.Tokens;

namespace Strand.Fixes.Planners;

/// <summary>
/// Remedy 1, buffer the channel: <c>make(chan T)</c> becomes <c>make(chan T, N)</c>, N being the sends
/// that can be left without a receiver: <c>len(items)</c> when the senders are started in a range
/// loop over items, the loop bound for a counted loop, else 1.
/// Preconditions: a blocked send; the channel is made by an unbuffered <c>make</c> in analysed code;
/// nothing relies on the rendezvous (the sending goroutine does not also receive from the channel,
/// and no code asks for its <c>len</c> or <c>cap</c>).
/// </summary>
public sealed class BufferChannelPlanner : IFixPlanner
{
    public string Name => "buffer-channel";

    public IEnumerable<SuggestedFix> Plan(FixContext context)
    {
        var finding = context.Finding;
        if (finding.Check != CheckIds.ChanSendLeak)
        {
            return context.Decline(Name, "buffering only helps a send that nobody receives");
        }
        if (finding.Object is null || context.Locate(finding.Object.Span) is not { } made)
        {
            return context.Decline(Name, "the channel's make site is not known");
        }
        var make = FindMake(made.Path);
        if (make is null)
        {
            return context.Decline(Name, "the channel is not made by make(chan T) at its recorded site");
        }
        if (make.Args.Length != 1)
        {
            return context.Decline(Name, "the channel is already buffered");
        }
        var name = finding.Object.Name;
        var document = made.Document;
        var function = made.Path.Function();
        var goroutine = finding.Goroutine is null ? null : context.Locate(finding.Goroutine)?.Path.Nearest<GoStmt>();
        if (goroutine is not null && RelyOnRendezvous(goroutine, name))
        {
            return context.Decline(Name, $"the goroutine both sends and receives on {name}: it relies on the rendezvous");
        }
        if (function is not null && AsksCapacity(function.Body, name))
        {
            return context.Decline(Name, $"the code reads len or cap of {name}");
        }
        var size = goroutine is null || function is null ? "1" : SizeFor(document, function, make, goroutine);
        var edit = document.Insert(make.Rparen, $", {size}");
        var chanType = document.Text(make.Args[0]);
        return [new SuggestedFix($"make the channel buffered: make({chanType}, {size})", [edit])];
    }

    private static CallExpr? FindMake(NodePath path)
    {
        for (var i = path.Nodes.Length - 1; i >= 0; i--)
        {
            if (GoSyntax.IsMakeChan(path.Nodes[i], out var call))
            {
                return call;
            }
        }
        // The span may name the variable: look inside its statement or spec for a single make.
        Node? holder = path.Nearest<Stmt>() is { } s and not BlockStmt ? s : path.Nearest<ValueSpec>();
        if (holder is null)
        {
            return null;
        }
        var makes = GoSyntax.Descendants(holder).OfType<CallExpr>().Where(c => GoSyntax.IsMakeChan(c, out _)).ToList();
        return makes.Count == 1 ? makes[0] : null;
    }

    /// <summary>Senders started in a loop after the make leave one value each: size the buffer to the loop.</summary>
    private static string SizeFor(SourceDocument document, FunctionScope function, CallExpr make, GoStmt goroutine)
    {
        var path = NodePath.To(function.Body, goroutine.Pos, goroutine.End);
        for (var i = path.Nodes.Length - 1; i >= 0; i--)
        {
            switch (path.Nodes[i])
            {
                case RangeStmt range when range.Pos > make.End && IsSimple(range.X):
                    return $"len({document.Text(range.X)})";
                case ForStmt { Cond: BinaryExpr { Op: Token.Lss, Y: var bound } } loop when loop.Pos > make.End && IsSimple(bound):
                    return document.Text(bound);
                case ForStmt or RangeStmt:
                    return "1";
            }
        }
        return "1";
    }

    /// <summary>Names, selectors and literals: evaluating them twice changes nothing.</summary>
    private static bool IsSimple(Expr e) => GoSyntax.Unparen(e) switch
    {
        Ident or BasicLit => true,
        SelectorExpr s => IsSimple(s.X),
        _ => false,
    };

    private static bool RelyOnRendezvous(GoStmt goroutine, string name)
    {
        var nodes = GoSyntax.Descendants(goroutine.Call).ToList();
        var sends = nodes.OfType<SendStmt>().Any(s => GoSyntax.Unparen(s.Chan) is Ident { Name: var n } && n == name);
        var receives = nodes.OfType<UnaryExpr>().Any(u => u.Op == Token.Arrow && GoSyntax.Unparen(u.X) is Ident { Name: var n } && n == name)
            || nodes.OfType<RangeStmt>().Any(r => GoSyntax.Unparen(r.X) is Ident { Name: var n } && n == name);
        return sends && receives;
    }

    private static bool AsksCapacity(Node body, string name) =>
        GoSyntax.Descendants(body).OfType<CallExpr>().Any(c =>
            c.Fun is Ident { Name: "len" or "cap" } && c.Args.Length == 1 && GoSyntax.Unparen(c.Args[0]) is Ident { Name: var n } && n == name);
}
