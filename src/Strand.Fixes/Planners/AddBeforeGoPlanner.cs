using Strand.Analysis.Checks;
using Strand.Analysis.Findings;
using Strand.Fixes.Editing;
using Strand.Fixes.Syntax;
using Strand.Syntax.Ast;
using Strand.Syntax.Tokens;

namespace Strand.Fixes.Planners;

/// <summary>
/// Remedy for <c>wg-add-in-goroutine</c>: move <c>wg.Add(n)</c> out of the goroutine to just before
/// its <c>go</c> statement, so that <c>Wait</c> cannot see the counter before the Add.
/// Preconditions: the Add is the first statement of the started function's body, on a line of its
/// own, with a literal count; for a function literal its WaitGroup is named only by variables the
/// literal captures (not its parameters); for a function or method of the file, the WaitGroup is
/// reached from the receiver or a parameter (renamed to the <c>go</c> statement's receiver or
/// argument, <c>&amp;wg</c> read as <c>wg</c>), and every use of that function in the file is a
/// <c>go</c> statement (each gets the Add; a plain call would lose it).
/// </summary>
public sealed class AddBeforeGoPlanner : IFixPlanner
{
    public string Name => "add-before-go";

    public IEnumerable<SuggestedFix> Plan(FixContext context)
    {
        if (context.Finding.Check != CheckIds.WaitGroupAddInGoroutine)
        {
            return context.Decline(Name, $"only for {CheckIds.WaitGroupAddInGoroutine}");
        }
        var document = context.Document;
        var add = context.Path.StatementInBlock(out var body);
        if (add is not ExprStmt { X: CallExpr { Fun: SelectorExpr { Sel.Name: "Add" } sel, Args: [BasicLit count] } } || body is null
            || body.List.FirstOrDefault(s => s is not EmptyStmt) != add || !document.StartsLine(add.Pos) || !document.EndsLine(add.End))
        {
            return context.Decline(Name, "the Add is not the first statement, on its own line, with a literal count");
        }
        if (context.Path.Function() is not { } function || function.Body != body)
        {
            return context.Decline(Name, "the Add is not in the body of the started function");
        }
        // the Add's trailing comment moves with it
        var comment = document.TrailingComment(add.End) is { Length: > 0 } c ? " " + c : "";
        Func<string, string> addText = wg => $"{wg}.Add({count.Value}){comment}";
        var remove = document.Edit(document.LineStartOf(add.Pos), document.NextLineStart(add.End), "");
        if (function.Node is FuncLit lit)
        {
            return ForLiteral(context, lit, sel, addText, remove);
        }
        return function.Decl is { } decl ? ForDeclared(context, decl, sel, addText, remove) : context.Decline(Name, "the started function is neither a literal nor declared");
    }

    private IEnumerable<SuggestedFix> ForLiteral(FixContext context, FuncLit lit, SelectorExpr sel, Func<string, string> addText, TextEdit remove)
    {
        var document = context.Document;
        var go = context.Path.Nodes.OfType<GoStmt>().LastOrDefault();
        if (go is null || go.Call.Fun != lit || !document.StartsLine(go.Pos))
        {
            return context.Decline(Name, "the function literal is not the one a go statement on its own line starts");
        }
        var parameters = lit.Type.Params.List.SelectMany(f => f.Names).Select(n => n.Name).ToHashSet(StringComparer.Ordinal);
        if (GoSyntax.Descendants(sel.X).Prepend(sel.X).OfType<Ident>().Any(i => parameters.Contains(i.Name)))
        {
            return context.Decline(Name, "the WaitGroup is named through a parameter of the literal");
        }
        var insert = document.Insert(document.LineStartOf(go.Pos), document.IndentOf(go.Pos) + addText(document.Text(sel.X)) + document.Newline);
        return [new SuggestedFix($"{document.Text(sel.X)}.Add before the go statement", [insert, remove])];
    }

    private IEnumerable<SuggestedFix> ForDeclared(FixContext context, FuncDecl decl, SelectorExpr sel, Func<string, string> addText, TextEdit remove)
    {
        var document = context.Document;
        var root = Root(sel.X);
        if (root is null)
        {
            return context.Decline(Name, "the WaitGroup is not reached from a variable");
        }
        string receiver = decl.Recv?.List.FirstOrDefault()?.Names.FirstOrDefault()?.Name ?? "";
        var parameters = decl.Type.Params.List.SelectMany(f => f.Names).Select(n => n.Name).ToList();
        int parameter = parameters.IndexOf(root.Name);
        if (root.Name != receiver && parameter < 0)
        {
            return context.Decline(Name, "the WaitGroup is neither reached from the receiver nor from a parameter");
        }
        if (parameters.Count != decl.Type.Params.List.Sum(f => Math.Max(1, f.Names.Length)))
        {
            return context.Decline(Name, "the function has unnamed parameters");
        }
        // Every mention of the function's name in the file must be what a go statement starts.
        var uses = GoSyntax.Descendants(document.File).OfType<Ident>().Where(i => i.Name == decl.Name.Name && i != decl.Name).ToList();
        var gos = GoSyntax.Descendants(document.File).OfType<GoStmt>().Where(g => Callee(g.Call.Fun) is { } n && n.Name == decl.Name.Name).ToList();
        if (gos.Count == 0 || uses.Count != gos.Count)
        {
            return context.Decline(Name, $"{decl.Name.Name} is also used other than by a go statement");
        }
        var edits = new List<TextEdit> { remove };
        foreach (var go in gos)
        {
            string? replacement = root.Name == receiver
                ? (go.Call.Fun is SelectorExpr s ? document.Text(s.X) : null)
                : parameter < go.Call.Args.Length ? Strip(document.Text(go.Call.Args[parameter])) : null;
            if (replacement is null || !IsPath(replacement) || !document.StartsLine(go.Pos))
            {
                return context.Decline(Name, "a go statement starts it with a receiver or argument that cannot name the WaitGroup");
            }
            string wg = replacement + document.Text(sel.X)[root.Name.Length..];
            edits.Add(document.Insert(document.LineStartOf(go.Pos), document.IndentOf(go.Pos) + addText(wg) + document.Newline));
        }
        return [new SuggestedFix($"Add before each go statement that starts {decl.Name.Name}", [.. edits])];
    }

    private static Ident? Root(Expr e) => e switch
    {
        Ident i => i,
        SelectorExpr s => Root(s.X),
        ParenExpr p => Root(p.X),
        _ => null,
    };

    private static Ident? Callee(Expr fun) => fun switch
    {
        Ident i => i,
        SelectorExpr s => s.Sel,
        _ => null,
    };

    private static string Strip(string argument) => argument.StartsWith('&') ? argument[1..].Trim() : argument;

    /// <summary>A variable or a field path (<c>wg</c>, <c>s.wg</c>): safe to prefix a selector to.</summary>
    private static bool IsPath(string text) =>
        text.Length > 0 && text.Split('.').All(part => part.Length > 0 && (char.IsLetter(part[0]) || part[0] == '_') && part.All(c => char.IsLetterOrDigit(c) || c == '_'));
}
