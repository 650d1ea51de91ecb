using Strand.Syntax.Ast;

namespace Strand.Syntax.Tests.Corpus;

public sealed partial class CanonicalAstPrinter
{
    private void Specification(string label, Spec node)
    {
        switch (node)
        {
            case ImportSpec n:
                Line(label, "ImportSpec", n);
                End();
                In();
                Ref("Doc", n.Doc);
                Node("Name", n.Name);
                Node("Path", n.Path);
                Ref("Comment", n.Comment);
                Out();
                break;
            case ValueSpec n:
                Line(label, "ValueSpec", n);
                End();
                In();
                Ref("Doc", n.Doc);
                List("Names", n.Names);
                Node("Type", n.Type);
                List("Values", n.Values);
                Ref("Comment", n.Comment);
                Out();
                break;
            case TypeSpec n:
                Line(label, "TypeSpec", n);
                Pos("assign", n.Assign);
                End();
                In();
                Ref("Doc", n.Doc);
                Node("Name", n.Name);
                Node("TypeParams", n.TypeParams);
                Node("Type", n.Type);
                Ref("Comment", n.Comment);
                Out();
                break;
            default:
                Unknown(label, node);
                break;
        }
    }

    private void Declaration(string label, Decl node)
    {
        switch (node)
        {
            case BadDecl n:
                Line(label, "BadDecl", n);
                End();
                break;
            case GenDecl n:
                Line(label, "GenDecl", n);
                Tok("tok", n.Tok);
                Pos("lparen", n.Lparen);
                Pos("rparen", n.Rparen);
                End();
                In();
                Ref("Doc", n.Doc);
                List("Specs", n.Specs);
                Out();
                break;
            case FuncDecl n:
                Line(label, "FuncDecl", n);
                End();
                In();
                Ref("Doc", n.Doc);
                Node("Recv", n.Recv);
                Node("Name", n.Name);
                Node("Type", n.Type);
                Node("Body", n.Body);
                Out();
                break;
            default:
                Unknown(label, node);
                break;
        }
    }
}
