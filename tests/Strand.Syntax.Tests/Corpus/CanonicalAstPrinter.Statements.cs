using Strand.Syntax.Ast;

namespace Strand.Syntax.Tests.Corpus;

public sealed partial class CanonicalAstPrinter
{
    private void Statement(string label, Stmt node)
    {
        switch (node)
        {
            case BadStmt n:
                Line(label, "BadStmt", n);
                End();
                break;
            case DeclStmt n:
                Line(label, "DeclStmt", n);
                End();
                In();
                Node("Decl", n.Decl);
                Out();
                break;
            case EmptyStmt n:
                Line(label, "EmptyStmt", n);
                Flag("implicit", n.Implicit);
                End();
                break;
            case LabeledStmt n:
                Line(label, "LabeledStmt", n);
                Pos("colon", n.Colon);
                End();
                In();
                Node("Label", n.Label);
                Node("Stmt", n.Stmt);
                Out();
                break;
            case ExprStmt n:
                Line(label, "ExprStmt", n);
                End();
                In();
                Node("X", n.X);
                Out();
                break;
            case SendStmt n:
                Line(label, "SendStmt", n);
                Pos("arrow", n.Arrow);
                End();
                In();
                Node("Chan", n.Chan);
                Node("Value", n.Value);
                Out();
                break;
            case IncDecStmt n:
                Line(label, "IncDecStmt", n);
                Tok("tok", n.Tok);
                Pos("tokpos", n.TokPos);
                End();
                In();
                Node("X", n.X);
                Out();
                break;
            case AssignStmt n:
                Line(label, "AssignStmt", n);
                Tok("tok", n.Tok);
                Pos("tokpos", n.TokPos);
                End();
                In();
                List("Lhs", n.Lhs);
                List("Rhs", n.Rhs);
                Out();
                break;
            case GoStmt n:
                Line(label, "GoStmt", n);
                End();
                In();
                Node("Call", n.Call);
                Out();
                break;
            case DeferStmt n:
                Line(label, "DeferStmt", n);
                End();
                In();
                Node("Call", n.Call);
                Out();
                break;
            case ReturnStmt n:
                Line(label, "ReturnStmt", n);
                End();
                In();
                List("Results", n.Results);
                Out();
                break;
            case BranchStmt n:
                Line(label, "BranchStmt", n);
                Tok("tok", n.Tok);
                End();
                In();
                Node("Label", n.Label);
                Out();
                break;
            case BlockStmt n:
                Line(label, "BlockStmt", n);
                Pos("lbrace", n.Lbrace);
                Pos("rbrace", n.Rbrace);
                End();
                In();
                List("List", n.List);
                Out();
                break;
            default:
                CompoundStatement(label, node);
                break;
        }
    }

    private void CompoundStatement(string label, Stmt node)
    {
        switch (node)
        {
            case IfStmt n:
                Line(label, "IfStmt", n);
                End();
                In();
                Node("Init", n.Init);
                Node("Cond", n.Cond);
                Node("Body", n.Body);
                Node("Else", n.Else);
                Out();
                break;
            case CaseClause n:
                Line(label, "CaseClause", n);
                Flag("default", n.IsDefault);
                Pos("colon", n.Colon);
                End();
                In();
                List("List", n.List);
                List("Body", n.Body);
                Out();
                break;
            case SwitchStmt n:
                Line(label, "SwitchStmt", n);
                End();
                In();
                Node("Init", n.Init);
                Node("Tag", n.Tag);
                Node("Body", n.Body);
                Out();
                break;
            case TypeSwitchStmt n:
                Line(label, "TypeSwitchStmt", n);
                End();
                In();
                Node("Init", n.Init);
                Node("Assign", n.Assign);
                Node("Body", n.Body);
                Out();
                break;
            case CommClause n:
                Line(label, "CommClause", n);
                Flag("default", n.Comm is null);
                Pos("colon", n.Colon);
                End();
                In();
                Node("Comm", n.Comm);
                List("Body", n.Body);
                Out();
                break;
            case SelectStmt n:
                Line(label, "SelectStmt", n);
                End();
                In();
                Node("Body", n.Body);
                Out();
                break;
            case ForStmt n:
                Line(label, "ForStmt", n);
                End();
                In();
                Node("Init", n.Init);
                Node("Cond", n.Cond);
                Node("Post", n.Post);
                Node("Body", n.Body);
                Out();
                break;
            case RangeStmt n:
                // RangeStmt.Range has no go/ast 1.19 counterpart, so it is not printed.
                Line(label, "RangeStmt", n);
                Tok("tok", n.Tok);
                Pos("tokpos", n.TokPos);
                End();
                In();
                Node("Key", n.Key);
                Node("Value", n.Value);
                Node("X", n.X);
                Node("Body", n.Body);
                Out();
                break;
            default:
                Unknown(label, node);
                break;
        }
    }
}
