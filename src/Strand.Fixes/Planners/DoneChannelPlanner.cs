using Strand.Analysis.Checks;
using Strand.Analysis.Findings;
using Strand.Fixes.Editing;
using Strand.Fixes.Syntax;
using Strand.Syntax.Ast;
using Strand.Syntax.Tokens;

namespace Strand.Fixes.Planners;

/// <summary>
/// Remedy 4, a done channel for a worker started by a constructor (the article's Writer): a
/// <c>done chan struct{}</c> field (with a <c>sync.Once</c>), made in the constructor, a <c>Close()</c>
/// method that closes it once, and a <c>case &lt;-w.done: return</c> in the worker's loop, whose
/// receive becomes a select.
/// Preconditions: the blocked receive is on a field of the worker method's receiver, first thing
/// in a <c>for {}</c> loop; the struct type, the worker and the constructor (the function with the
/// <c>go</c> statement, building the value with a keyed or empty composite literal) are in this file;
/// the type has no field named done or closeOnce and no method Close.
/// </summary>
public sealed class DoneChannelPlanner : IFixPlanner
{
    private const string DoneField = "done";
    private const string OnceField = "closeOnce";

    public string Name => "done-channel";

    public IEnumerable<SuggestedFix> Plan(FixContext context)
    {
        if (context.Finding.Check is not (CheckIds.ChanRecvLeak or CheckIds.ChanRangeLeak))
        {
            return context.Decline(Name, $"applies to a worker waiting on its queue, not {context.Finding.Check}");
        }
        var document = context.Document;
        var file = document.File;
        var function = context.Path.Function();
        if (function?.Decl is not { Recv.List: [{ Names: [var receiver] } recvField] } worker)
        {
            return context.Decline(Name, "the blocked receive is not in a method with a named receiver");
        }
        var typeName = GoSyntax.Unparen(recvField.Type!) switch
        {
            StarExpr { X: Ident id } => id.Name,
            _ => null,
        };
        if (typeName is null)
        {
            return context.Decline(Name, "the worker's receiver is not a pointer to a named type");
        }
        var statement = context.Path.StatementInBlock(out var block);
        var receive = GoSyntax.AsReceive(statement);
        var range = context.Path.Nearest<RangeStmt>();
        var isLoopReceive = receive is not null && block is not null && context.Path.ParentOf(block) is ForStmt { Cond: null, Init: null, Post: null }
            && GoSyntax.Unparen(receive.Channel) is SelectorExpr { X: Ident owner } && owner.Name == receiver.Name;
        var isFieldRange = range is not null && range.Pos >= function.Body.Pos && context.SpanStart < range.Body.Pos
            && GoSyntax.Unparen(range.X) is SelectorExpr { X: Ident rangeOwner } && rangeOwner.Name == receiver.Name;
        if (!isLoopReceive && !isFieldRange)
        {
            return context.Decline(Name, "the blocked operation is not a receive from a receiver field inside a for {} loop, nor a range over one");
        }
        var structType = file.Decls.OfType<Strand.Syntax.Ast.GenDecl>().SelectMany(d => d.Specs).OfType<TypeSpec>()
            .FirstOrDefault(s => s.Name.Name == typeName && s.TypeParams is null)?.Type as StructType;
        if (structType is null || structType.Fields.List.IsEmpty || structType.Fields.Closing == Node.NoPos
            || !document.StartsLine(structType.Fields.Closing))
        {
            return context.Decline(Name, $"{typeName} is not a struct declared in this file with one field per line");
        }
        if (structType.Fields.List.SelectMany(f => f.Names).Any(n => n.Name is DoneField or OnceField)
            || file.Decls.OfType<FuncDecl>().Any(d => d.Recv is not null && d.Name.Name == "Close" && ReceiverType(d) == typeName))
        {
            return context.Decline(Name, $"{typeName} already has a done/closeOnce field or a Close method");
        }
        if (context.Finding.Goroutine is null || context.Locate(context.Finding.Goroutine) is not { } started
            || started.Path.Nearest<GoStmt>() is not { } go || started.Path.Function() is not { } constructor)
        {
            return context.Decline(Name, "the go statement that starts the worker is not known");
        }
        var (names, importEdits) = ImportEditor.EnsureAll(document, ["sync"]);
        var edits = new List<TextEdit>(importEdits);
        var self = receiver.Name;
        // The field pair is its own alignment section (after a blank line), so no existing line moves.
        var fieldIndent = document.IndentOf(structType.Fields.List[0].Pos);
        edits.Add(document.Insert(document.LineStartOf(structType.Fields.Closing),
            $"\n{fieldIndent}{DoneField,-9} chan struct{{}} // closed by Close: stops the worker\n{fieldIndent}{OnceField} {names["sync"]}.Once\n"));
        if (InitEdit(document, constructor, go, typeName) is not { } init)
        {
            return context.Decline(Name, $"the constructor does not build {typeName} with a keyed composite literal");
        }
        edits.Add(init);
        var escape = new[] { $"case <-{self}.{DoneField}:", "\treturn" };
        string reason = "";
        var wrap = isLoopReceive
            ? SelectWrapper.Wrap(document, statement!, block!, null, escape, out reason)
            : RangeToSelect(document, range!, escape, ref reason);
        if (wrap is null)
        {
            return context.Decline(Name, reason);
        }
        edits.Add(wrap);
        var method = $"\n// Close stops the worker started by {ConstructorName(constructor)}; calling it more than once is safe.\n"
            + $"func ({self} *{typeName}) Close() {{\n\t{self}.{OnceField}.Do(func() {{ close({self}.{DoneField}) }})\n}}\n";
        edits.Add(document.Insert(document.NextLineStart(worker.End), method));
        if (constructor.Decl is { } ctor)
        {
            edits.AddRange(CloseCallers.Edits(document, ctor.Name.Name));
        }
        return [new SuggestedFix($"give {typeName} a done channel closed by a Close method, and select on it in {worker.Name.Name}", [.. edits])];
    }

    /// <summary>
    /// <c>for v := range w.ch { body }</c> becomes a loop over a select that also leaves on done,
    /// and on the channel's close as the range did: <c>case v, ok := &lt;-w.ch: if !ok { return }</c>.
    /// </summary>
    private static TextEdit? RangeToSelect(SourceDocument document, RangeStmt range, string[] escape, ref string reason)
    {
        var comment = document.TrailingComment(range.Body.Lbrace + 1);
        if (range.Body.Rbrace == Node.NoPos || !document.StartsLine(range.Pos) || !document.StartsLine(range.Body.Rbrace) || comment is null)
        {
            reason = "the range loop is not laid out one statement per line";
            return null;
        }
        if (GoSyntax.HasBareBreak(range.Body.List)
            || GoSyntax.Descendants(range.Body).Any(n => n is LabeledStmt || (n is BasicLit { Kind: Token.String } s && s.Value.StartsWith('`') && s.Value.Contains('\n'))))
        {
            reason = "the loop body has a break, labels or multi-line raw strings that a select would change";
            return null;
        }
        if (range.Key is not null and not Ident || range.Value is not null || range.Tok == Token.Assign)
        {
            reason = "the range assigns to existing variables";
            return null;
        }
        var used = GoSyntax.Descendants(range.Body).OfType<Ident>().Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
        var ok = new[] { "ok", "open", "more" }.FirstOrDefault(n => !used.Contains(n) && (range.Key as Ident)?.Name != n);
        if (ok is null)
        {
            reason = "no free name for the channel's open flag";
            return null;
        }
        var indent = document.IndentOf(range.Pos);
        var key = range.Key is Ident { IsBlank: false } k ? k.Name : "_";
        var channel = document.Text(range.X);
        var bodyStart = document.NextLineStart(range.Body.Lbrace + 1);
        var bodyEnd = document.LineStartOf(range.Body.Rbrace);
        var lines = document.Text(bodyStart, bodyEnd).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var body = string.Join('\n', lines.Select(line => line.Trim().Length > 0 ? "\t" + line : line));
        var escapeText = string.Concat(escape.Select(line => $"{indent}\t{line}\n"));
        var trailing = comment.Length > 0 ? " " + comment : "";
        var text = $"for {{\n{indent}\tselect {{\n{escapeText}{indent}\tcase {key}, {ok} := <-{channel}:{trailing}\n"
            + $"{indent}\t\tif !{ok} {{\n{indent}\t\t\treturn\n{indent}\t\t}}\n{body}{indent}\t}}\n{indent}}}";
        return document.Edit(range.Pos, range.Body.Rbrace + 1, text);
    }

    private static string ConstructorName(FunctionScope constructor) => constructor.Decl?.Name.Name ?? "its constructor";

    private static string? ReceiverType(FuncDecl decl) => decl.Recv?.List.FirstOrDefault()?.Type switch
    {
        StarExpr { X: Ident id } => id.Name,
        Ident id => id.Name,
        _ => null,
    };

    /// <summary>Adds <c>done: make(chan struct{})</c> to the constructor's composite literal of the type.</summary>
    private static TextEdit? InitEdit(SourceDocument document, FunctionScope constructor, GoStmt go, string typeName)
    {
        const string init = DoneField + ": make(chan struct{})";
        var literal = GoSyntax.Descendants(constructor.Body).OfType<CompositeLit>()
            .FirstOrDefault(c => c.Type is Ident { Name: var n } && n == typeName && c.Pos < go.Pos);
        if (literal is null || literal.Elts.Any(e => e is not KeyValueExpr))
        {
            return null;
        }
        if (literal.Elts.IsEmpty)
        {
            return document.Edit(literal.Lbrace + 1, literal.Rbrace, init);
        }
        var last = literal.Elts[^1];
        var sameLine = document.Lines.Position(literal.Lbrace).Line == document.Lines.Position(literal.Rbrace).Line;
        if (sameLine)
        {
            return document.Insert(last.End, $", {init}");
        }
        if (!document.StartsLine(literal.Rbrace) || last is not KeyValueExpr kv)
        {
            return null;
        }
        // gofmt aligns the values of consecutive keyed lines: reuse the column of the last one when
        // the new key fits before it, else start a new section after a blank line.
        var gap = kv.Value.Pos - kv.Key.Pos;
        var keyIndent = document.IndentOf(kv.Pos);
        var line = gap >= DoneField.Length + 2 && document.Lines.Position(kv.Pos).Line == document.Lines.Position(kv.Value.Pos).Line
            ? $"{keyIndent}{(DoneField + ":").PadRight(gap)}make(chan struct{{}}),\n"
            : $"\n{keyIndent}{init},\n";
        return document.Insert(document.LineStartOf(literal.Rbrace), line);
    }
}
