using Strand.Syntax.Ast;

namespace Strand.Fixes.Syntax;

/// <summary>
/// The direct children of a node in source order. The fix planners need ancestor paths from the
/// file root to a position, so they walk the tree with this; nulls and bad nodes are skipped.
/// </summary>
internal static class ChildNodes
{
    public static IEnumerable<Node> Of(Node node)
    {
        var list = new List<Node?>();
        switch (node)
        {
            case GoFile f: list.Add(f.Name); list.AddRange(f.Decls); break;
            case GenDecl d: list.AddRange(d.Specs); break;
            case FuncDecl d: list.Add(d.Recv); list.Add(d.Name); list.Add(d.Type); list.Add(d.Body); break;
            case ImportSpec s: list.Add(s.Name); list.Add(s.Path); break;
            case ValueSpec s: list.AddRange(s.Names); list.Add(s.Type); list.AddRange(s.Values); break;
            case TypeSpec s: list.Add(s.Name); list.Add(s.TypeParams); list.Add(s.Type); break;
            case FieldList l: list.AddRange(l.List); break;
            case Field f: list.AddRange(f.Names); list.Add(f.Type); list.Add(f.Tag); break;
            // Expressions.
            case Ellipsis e: list.Add(e.Elt); break;
            case FuncLit e: list.Add(e.Type); list.Add(e.Body); break;
            case CompositeLit e: list.Add(e.Type); list.AddRange(e.Elts); break;
            case ParenExpr e: list.Add(e.X); break;
            case SelectorExpr e: list.Add(e.X); list.Add(e.Sel); break;
            case IndexExpr e: list.Add(e.X); list.Add(e.Index); break;
            case IndexListExpr e: list.Add(e.X); list.AddRange(e.Indices); break;
            case SliceExpr e: list.Add(e.X); list.Add(e.Low); list.Add(e.High); list.Add(e.Max); break;
            case TypeAssertExpr e: list.Add(e.X); list.Add(e.Type); break;
            case CallExpr e: list.Add(e.Fun); list.AddRange(e.Args); break;
            case StarExpr e: list.Add(e.X); break;
            case UnaryExpr e: list.Add(e.X); break;
            case BinaryExpr e: list.Add(e.X); list.Add(e.Y); break;
            case KeyValueExpr e: list.Add(e.Key); list.Add(e.Value); break;
            // Types.
            case ArrayType t: list.Add(t.Len); list.Add(t.Elt); break;
            case StructType t: list.Add(t.Fields); break;
            case FuncType t: list.Add(t.TypeParams); list.Add(t.Params); list.Add(t.Results); break;
            case InterfaceType t: list.Add(t.Methods); break;
            case MapType t: list.Add(t.Key); list.Add(t.Value); break;
            case ChanType t: list.Add(t.Value); break;
            // Statements.
            case DeclStmt s: list.Add(s.Decl); break;
            case LabeledStmt s: list.Add(s.Label); list.Add(s.Stmt); break;
            case ExprStmt s: list.Add(s.X); break;
            case SendStmt s: list.Add(s.Chan); list.Add(s.Value); break;
            case IncDecStmt s: list.Add(s.X); break;
            case AssignStmt s: list.AddRange(s.Lhs); list.AddRange(s.Rhs); break;
            case GoStmt s: list.Add(s.Call); break;
            case DeferStmt s: list.Add(s.Call); break;
            case ReturnStmt s: list.AddRange(s.Results); break;
            case BranchStmt s: list.Add(s.Label); break;
            case BlockStmt s: list.AddRange(s.List); break;
            case IfStmt s: list.Add(s.Init); list.Add(s.Cond); list.Add(s.Body); list.Add(s.Else); break;
            case CaseClause s: list.AddRange(s.List); list.AddRange(s.Body); break;
            case SwitchStmt s: list.Add(s.Init); list.Add(s.Tag); list.Add(s.Body); break;
            case TypeSwitchStmt s: list.Add(s.Init); list.Add(s.Assign); list.Add(s.Body); break;
            case CommClause s: list.Add(s.Comm); list.AddRange(s.Body); break;
            case SelectStmt s: list.Add(s.Body); break;
            case ForStmt s: list.Add(s.Init); list.Add(s.Cond); list.Add(s.Post); list.Add(s.Body); break;
            case RangeStmt s: list.Add(s.Key); list.Add(s.Value); list.Add(s.X); list.Add(s.Body); break;
        }
        foreach (var child in list)
        {
            if (child is not null && child.Pos != Node.NoPos)
            {
                yield return child;
            }
        }
    }
}
