using Strand.Syntax.Ast;

namespace Strand.Syntax.Tests.Corpus;

public sealed partial class CanonicalAstPrinter
{
    private void Expression(string label, Expr node)
    {
        switch (node)
        {
            case BadExpr n:
                Line(label, "BadExpr", n);
                End();
                break;
            case Ident n:
                Line(label, "Ident", n);
                Str("name", n.Name);
                End();
                break;
            case Ellipsis n:
                Line(label, "Ellipsis", n);
                End();
                In();
                Node("Elt", n.Elt);
                Out();
                break;
            case BasicLit n:
                Line(label, "BasicLit", n);
                Tok("kind", n.Kind);
                Str("value", n.Value);
                End();
                break;
            case FuncLit n:
                Line(label, "FuncLit", n);
                End();
                In();
                Node("Type", n.Type);
                Node("Body", n.Body);
                Out();
                break;
            case CompositeLit n:
                Line(label, "CompositeLit", n);
                Pos("lbrace", n.Lbrace);
                Pos("rbrace", n.Rbrace);
                Flag("incomplete", n.Incomplete);
                End();
                In();
                Node("Type", n.Type);
                List("Elts", n.Elts);
                Out();
                break;
            case ParenExpr n:
                Line(label, "ParenExpr", n);
                End();
                In();
                Node("X", n.X);
                Out();
                break;
            case SelectorExpr n:
                Line(label, "SelectorExpr", n);
                End();
                In();
                Node("X", n.X);
                Node("Sel", n.Sel);
                Out();
                break;
            case IndexExpr n:
                Line(label, "IndexExpr", n);
                Pos("lbrack", n.Lbrack);
                Pos("rbrack", n.Rbrack);
                End();
                In();
                Node("X", n.X);
                Node("Index", n.Index);
                Out();
                break;
            case IndexListExpr n:
                Line(label, "IndexListExpr", n);
                Pos("lbrack", n.Lbrack);
                Pos("rbrack", n.Rbrack);
                End();
                In();
                Node("X", n.X);
                List("Indices", n.Indices);
                Out();
                break;
            case SliceExpr n:
                Line(label, "SliceExpr", n);
                Pos("lbrack", n.Lbrack);
                Pos("rbrack", n.Rbrack);
                Flag("slice3", n.Slice3);
                End();
                In();
                Node("X", n.X);
                Node("Low", n.Low);
                Node("High", n.High);
                Node("Max", n.Max);
                Out();
                break;
            case TypeAssertExpr n:
                Line(label, "TypeAssertExpr", n);
                Pos("lparen", n.Lparen);
                Pos("rparen", n.Rparen);
                End();
                In();
                Node("X", n.X);
                Node("Type", n.Type);
                Out();
                break;
            case CallExpr n:
                Line(label, "CallExpr", n);
                Pos("lparen", n.Lparen);
                Pos("ellipsis", n.Ellipsis);
                Pos("rparen", n.Rparen);
                End();
                In();
                Node("Fun", n.Fun);
                List("Args", n.Args);
                Out();
                break;
            case StarExpr n:
                Line(label, "StarExpr", n);
                End();
                In();
                Node("X", n.X);
                Out();
                break;
            case UnaryExpr n:
                Line(label, "UnaryExpr", n);
                Tok("op", n.Op);
                End();
                In();
                Node("X", n.X);
                Out();
                break;
            case BinaryExpr n:
                Line(label, "BinaryExpr", n);
                Tok("op", n.Op);
                Pos("oppos", n.OpPos);
                End();
                In();
                Node("X", n.X);
                Node("Y", n.Y);
                Out();
                break;
            case KeyValueExpr n:
                Line(label, "KeyValueExpr", n);
                Pos("colon", n.Colon);
                End();
                In();
                Node("Key", n.Key);
                Node("Value", n.Value);
                Out();
                break;
            default:
                TypeExpression(label, node);
                break;
        }
    }

    private void TypeExpression(string label, Expr node)
    {
        switch (node)
        {
            case ArrayType n:
                Line(label, "ArrayType", n);
                End();
                In();
                Node("Len", n.Len);
                Node("Elt", n.Elt);
                Out();
                break;
            case StructType n:
                Line(label, "StructType", n);
                Flag("incomplete", n.Incomplete);
                End();
                In();
                Node("Fields", n.Fields);
                Out();
                break;
            case FuncType n:
                Line(label, "FuncType", n);
                Pos("func", n.Func);
                End();
                In();
                Node("TypeParams", n.TypeParams);
                Node("Params", n.Params);
                Node("Results", n.Results);
                Out();
                break;
            case InterfaceType n:
                Line(label, "InterfaceType", n);
                Flag("incomplete", n.Incomplete);
                End();
                In();
                Node("Methods", n.Methods);
                Out();
                break;
            case MapType n:
                Line(label, "MapType", n);
                End();
                In();
                Node("Key", n.Key);
                Node("Value", n.Value);
                Out();
                break;
            case ChanType n:
                Line(label, "ChanType", n);
                Pos("arrow", n.Arrow);
                Num("dir", (int)n.Dir);
                End();
                In();
                Node("Value", n.Value);
                Out();
                break;
            default:
                Unknown(label, node);
                break;
        }
    }
}
