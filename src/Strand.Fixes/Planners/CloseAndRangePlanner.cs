using Strand.Analysis.Checks;
using Strand.Analysis.Findings;
using Strand.Fixes.Editing;
using Strand.Fixes.Syntax;
using Strand.Syntax.Ast;
using Strand.Syntax.Tokens;

namespace Strand.Fixes.Planners;

/// <summary>
/// Remedy 3, close and range: the producer closes the channel when it is done (<c>defer close(ch)</c>
/// first in its goroutine) and a consumer written <c>for { v := &lt;-ch ... }</c> becomes
/// <c>for v := range ch { ... }</c>, so it leaves when the channel is closed.
/// Preconditions: the consumer ranges over the channel, or receives from it first thing in a
/// <c>for {}</c> loop, or waits for it once; every send on the channel is in one function literal
/// started once by a <c>go</c> statement outside any loop (a second closer would panic); nothing
/// closes the channel yet.
/// </summary>
public sealed class CloseAndRangePlanner : IFixPlanner
{
    public string Name => "close-and-range";

    public IEnumerable<SuggestedFix> Plan(FixContext context)
    {
        var check = context.Finding.Check;
        if (check is not (CheckIds.ChanRangeLeak or CheckIds.ChanRecvLeak))
        {
            return context.Decline(Name, $"applies to receivers waiting for a close, not {check}");
        }
        var document = context.Document;
        var range = context.Path.Nearest<RangeStmt>();
        var statement = context.Path.StatementInBlock(out var block);
        var receive = GoSyntax.AsReceive(statement);
        Expr channel;
        ForStmt? loop = null;
        if (range is not null && range.X.Pos <= context.SpanStart && context.SpanStart < range.Body.Pos || range is not null && statement == range)
        {
            channel = range.X;
        }
        else if (receive is not null)
        {
            channel = receive.Channel;
            if (block is not null && context.Path.ParentOf(block) is ForStmt { Init: null, Cond: null, Post: null } f
                && block.List.FirstOrDefault() == statement)
            {
                loop = f;
            }
        }
        else
        {
            return context.Decline(Name, "the blocked operation is not a receive or a range over a channel");
        }
        var channelText = document.Text(GoSyntax.Unparen(channel));
        var uses = ChannelUses.Find(document.File, document.Text, channelText);
        if (uses.Closes.Count > 0)
        {
            return context.Decline(Name, $"{channelText} is already closed somewhere");
        }
        var producers = uses.Sends.Select(s => s.Function).Distinct().ToList();
        if (producers.Count != 1)
        {
            return context.Decline(Name, $"{channelText} is not sent on by exactly one function");
        }
        var launch = NodePath.To(document.File, producers[0].Pos, producers[0].End);
        var call = launch.Nodes.LastOrDefault(n => n is CallExpr c && c.Fun == producers[0]);
        if (producers[0] is not FuncLit producer || call is null || launch.ParentOf(call) is not GoStmt go)
        {
            // A producer that sends in its own body: close once it returns, right after the make.
            return AfterMake(context, producers[0], channelText, loop, receive, statement);
        }
        var goPath = NodePath.To(document.File, go.Pos, go.End);
        var enclosing = goPath.Function();
        if (goPath.Nodes.SkipWhile(n => n != enclosing?.Body).Any(n => n is ForStmt or RangeStmt))
        {
            return context.Decline(Name, $"the producer of {channelText} is started in a loop: several closers would panic");
        }
        if (producer.Body.List.IsEmpty || !document.StartsLine(producer.Body.List[0].Pos))
        {
            return context.Decline(Name, "the producer's body is not laid out one statement per line");
        }
        var first = producer.Body.List[0];
        var edits = new List<TextEdit>
        {
            document.Insert(document.LineStartOf(first.Pos), $"{document.IndentOf(first.Pos)}defer close({channelText})\n"),
        };
        var title = $"close {channelText} when its producer is done: defer close({channelText})";
        return Finish(context, edits, title, channelText, loop, receive, statement);
    }

    /// <summary>Adds the consumer's rewrite to range (when it loops on a receive) and makes the fix.</summary>
    private IEnumerable<SuggestedFix> Finish(FixContext context, List<TextEdit> edits, string title, string channelText,
        ForStmt? loop, ReceiveStatement? receive, Stmt? statement)
    {
        var document = context.Document;
        if (loop is not null && receive is not null && RangeHeader(receive, channelText, document) is { } header)
        {
            var comment = document.TrailingComment(statement!.End);
            if (!document.StartsLine(statement.Pos) || comment is null || !document.EndsLine(loop.Body.Lbrace + 1))
            {
                return context.Decline(Name, "the receive or the loop header shares its line with other code");
            }
            // The receive's own comment, if any, moves up with it into the loop header.
            edits.Add(document.Edit(loop.Pos, loop.Body.Lbrace + 1, comment.Length > 0 ? $"{header} {comment}" : header));
            edits.Add(document.Edit(document.LineStartOf(statement.Pos), document.NextLineStart(statement.End), ""));
            title += $", and range over it: {header}";
        }
        return [new SuggestedFix(title, [.. edits])];
    }

    /// <summary>
    /// The producer is a function that makes the channel and sends on it itself (consumers are its
    /// goroutines): <c>defer close(ch)</c> right after the make closes it when the function returns,
    /// after its last send. Only when the channel does not escape the function (not returned,
    /// passed, stored or aliased), so no other code can send after the close.
    /// </summary>
    private IEnumerable<SuggestedFix> AfterMake(FixContext context, Node producer, string channelText, ForStmt? loop,
        ReceiveStatement? receive, Stmt? statement)
    {
        var document = context.Document;
        var body = producer switch { FuncDecl { Body: { } b } => b, FuncLit l => l.Body, _ => null };
        var make = body?.List.FirstOrDefault(s => s is AssignStmt { Tok: Token.Define, Lhs: [Ident lhs], Rhs: [var rhs] }
            && lhs.Name == channelText && GoSyntax.IsMakeChan(GoSyntax.Unparen(rhs), out _));
        if (body is null || make is null || !document.EndsLine(make.End))
        {
            return context.Decline(Name, $"{channelText} is not made by its producer with ch := make(chan T) on a line of its own");
        }
        if (Escapes(body, channelText, make))
        {
            return context.Decline(Name, $"{channelText} escapes its producer: another sender could run after the close");
        }
        var edits = new List<TextEdit>
        {
            document.Insert(document.NextLineStart(make.End), $"{document.IndentOf(make.Pos)}defer close({channelText})\n"),
        };
        var title = $"close {channelText} when its producer returns: defer close({channelText})";
        return Finish(context, edits, title, channelText, loop, receive, statement);
    }

    /// <summary>True when the name is used other than to send, receive, range, close-check (len/cap) or be made.</summary>
    private static bool Escapes(Node body, string name, Stmt make)
    {
        var escapes = false;
        Visit(body, null);
        return escapes;

        void Visit(Node node, Node? parent)
        {
            if (node is Ident id && id.Name == name && parent != make)
            {
                escapes |= parent switch
                {
                    SendStmt send => send.Chan != node,
                    UnaryExpr { Op: Token.Arrow } => false,
                    RangeStmt range => range.X != node,
                    CallExpr { Fun: Ident { Name: "len" or "cap" } } => false,
                    _ => true,
                };
            }
            foreach (var child in ChildNodes.Of(node))
            {
                Visit(child, node);
            }
        }
    }

    /// <summary><c>for v := range ch {</c> for <c>v := &lt;-ch</c>; null for <c>v, ok := &lt;-ch</c>.</summary>
    private static string? RangeHeader(ReceiveStatement receive, string channel, SourceDocument document)
    {
        if (receive.Assign is null)
        {
            return $"for range {channel} {{";
        }
        if (receive.Assign.Lhs.Length != 1)
        {
            return null;
        }
        var op = receive.Assign.Tok == Token.Define ? ":=" : "=";
        return $"for {document.Text(receive.Assign.Lhs[0])} {op} range {channel} {{";
    }
}
