using System.Collections.Immutable;
using System.Text;
using Strand.Syntax.Ast;
using Strand.Syntax.Tokens;

namespace Strand.Syntax.Tests.Corpus;

/// <summary>
/// Prints Strand's AST in the canonical text form that tests/GoAstDump prints from go/ast, so
/// that equal trees give equal text. The format is described in tests/GoAstDump/dump.go; the
/// two printers follow the same field order and change together.
/// </summary>
public sealed partial class CanonicalAstPrinter
{
    private readonly StringBuilder _out;
    private int _depth;

    private CanonicalAstPrinter(StringBuilder output) => _out = output;

    public static string Print(GoFile file)
    {
        var printer = new CanonicalAstPrinter(new StringBuilder(file.Lines.Length * 8));
        printer.File(file);
        return printer._out.ToString();
    }

    private void File(GoFile f)
    {
        _out.Append("File package=").Append(f.Package).Append('\n');
        _depth++;
        Ref("Doc", f.Doc);
        Node("Name", f.Name);
        List("Decls", f.Decls);
        for (var i = 0; i < f.Imports.Length; i++)
        {
            Line(Index("Imports", i), "ImportSpec", f.Imports[i]);
            End();
        }
        for (var i = 0; i < f.Comments.Length; i++)
        {
            var group = f.Comments[i];
            Line(Index("Comments", i), "CommentGroup", group);
            End();
            _depth++;
            for (var j = 0; j < group.List.Length; j++)
            {
                var comment = group.List[j];
                Line(Index("List", j), "Comment", comment);
                Str("text", comment.Text);
                End();
            }
            _depth--;
        }
    }

    private static string Index(string label, int i) => $"{label}[{i}]";

    private void Line(string label, string type, Node n)
    {
        _out.Append(' ', _depth).Append(label).Append(": ").Append(type)
            .Append(' ').Append(n.Pos).Append(' ').Append(n.End);
    }

    private void End() => _out.Append('\n');

    private void Nil(string label) => _out.Append(' ', _depth).Append(label).Append(": nil\n");

    private void Pos(string key, int pos) => _out.Append(' ').Append(key).Append('=').Append(pos);

    private void Tok(string key, Token tok) => _out.Append(' ').Append(key).Append('=').Append(GoTokenSpelling.Of(tok));

    private void Flag(string key, bool value) => _out.Append(' ').Append(key).Append('=').Append(value ? "true" : "false");

    private void Num(string key, int value) => _out.Append(' ').Append(key).Append('=').Append(value);

    private void Str(string key, string value)
    {
        _out.Append(' ').Append(key).Append('=');
        CanonicalQuote.Append(_out, value);
    }

    private void Ref(string label, CommentGroup? group)
    {
        if (group is null)
        {
            Nil(label);
            return;
        }
        Line(label, "CommentGroup", group);
        End();
    }

    private void List<T>(string label, ImmutableArray<T> items)
        where T : Node
    {
        for (var i = 0; i < items.Length; i++)
        {
            Node(Index(label, i), items[i]);
        }
    }

    // Children are printed between In() and Out(), one level deeper than their parent.
    private void In() => _depth++;

    private void Out() => _depth--;

    private void Node(string label, Node? node)
    {
        switch (node)
        {
            case null:
                Nil(label);
                break;
            case Field n:
                Line(label, "Field", n);
                End();
                In();
                Ref("Doc", n.Doc);
                List("Names", n.Names);
                Node("Type", n.Type);
                Node("Tag", n.Tag);
                Ref("Comment", n.Comment);
                Out();
                break;
            case FieldList n:
                Line(label, "FieldList", n);
                Pos("opening", n.Opening);
                Pos("closing", n.Closing);
                End();
                In();
                List("List", n.List);
                Out();
                break;
            case Expr n:
                Expression(label, n);
                break;
            case Stmt n:
                Statement(label, n);
                break;
            case Spec n:
                Specification(label, n);
                break;
            case Decl n:
                Declaration(label, n);
                break;
            default:
                Unknown(label, node);
                break;
        }
    }

    private void Unknown(string label, Node node) =>
        _out.Append(' ', _depth).Append(label).Append(": UNKNOWN ").Append(node.GetType().Name).Append('\n');
}
