using Strand.Fixes.Syntax;
using Strand.Syntax.Ast;

namespace Strand.Fixes.Planners;

/// <summary>
/// Where a channel, named by the text of its expression (<c>ch</c>, <c>w.queue</c>), is sent on and
/// closed in one file, grouped by the function (declaration or literal) whose code does it.
/// </summary>
public sealed class ChannelUses
{
    private ChannelUses(List<(SendStmt Send, Node Function)> sends, List<CallExpr> closes)
    {
        Sends = sends;
        Closes = closes;
    }

    public IReadOnlyList<(SendStmt Send, Node Function)> Sends { get; }
    public IReadOnlyList<CallExpr> Closes { get; }

    public static ChannelUses Find(GoFile file, Func<Node, string> text, string channel)
    {
        var sends = new List<(SendStmt, Node)>();
        var closes = new List<CallExpr>();
        Visit(file, null);
        return new ChannelUses(sends, closes);

        void Visit(Node node, Node? function)
        {
            if (node is FuncLit or FuncDecl)
            {
                function = node;
            }
            switch (node)
            {
                case SendStmt send when Same(send.Chan):
                    sends.Add((send, function ?? file));
                    break;
                case CallExpr { Fun: Ident { Name: "close" }, Args.Length: 1 } call when Same(call.Args[0]):
                    closes.Add(call);
                    break;
            }
            foreach (var child in ChildNodes.Of(node))
            {
                Visit(child, function);
            }
        }

        bool Same(Expr e) => Normalize(text(GoSyntax.Unparen(e))) == Normalize(channel);
    }

    public static string Normalize(string expression) =>
        string.Concat(expression.Where(c => !char.IsWhiteSpace(c)));
}
