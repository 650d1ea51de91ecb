namespace Strand.Syntax.Ast;

/// <summary>Traverses syntax trees in go/ast.Walk's order (pre-order, children in source order).</summary>
public static class AstWalker
{
    /// <summary>
    /// Visits <paramref name="root"/> and its descendants in pre-order; when <paramref name="visit"/>
    /// returns false the node's children are skipped. Uses an explicit stack, so deep trees are safe.
    /// </summary>
    public static void Inspect(Node root, Func<Node, bool> visit)
    {
        var stack = new Stack<Node>();
        var buffer = new List<Node>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (!visit(node))
            {
                continue;
            }
            buffer.Clear();
            AddChildren(node, buffer);
            for (var i = buffer.Count - 1; i >= 0; i--)
            {
                stack.Push(buffer[i]);
            }
        }
    }

    /// <summary>The direct children of <paramref name="n"/>, in the order go/ast.Walk visits them.</summary>
    public static IEnumerable<Node> Children(Node n)
    {
        var list = new List<Node>();
        AddChildren(n, list);
        return list;
    }

    private static void Add(List<Node> list, Node? n)
    {
        if (n is not null)
        {
            list.Add(n);
        }
    }

    private static void AddAll<T>(List<Node> list, System.Collections.Immutable.ImmutableArray<T> nodes)
        where T : Node
    {
        if (nodes.IsDefault)
        {
            return;
        }
        foreach (var n in nodes)
        {
            list.Add(n);
        }
    }

    private static void AddChildren(Node node, List<Node> c)
    {
        switch (node)
        {
            case CommentGroup g: AddAll(c, g.List); break;
            case Field f: Add(c, f.Doc); AddAll(c, f.Names); Add(c, f.Type); Add(c, f.Tag); Add(c, f.Comment); break;
            case FieldList fl: AddAll(c, fl.List); break;
            case Ellipsis e: Add(c, e.Elt); break;
            case FuncLit fl: Add(c, fl.Type); Add(c, fl.Body); break;
            case CompositeLit cl: Add(c, cl.Type); AddAll(c, cl.Elts); break;
            case ParenExpr p: Add(c, p.X); break;
            case SelectorExpr s: Add(c, s.X); Add(c, s.Sel); break;
            case IndexExpr ie: Add(c, ie.X); Add(c, ie.Index); break;
            case IndexListExpr il: Add(c, il.X); AddAll(c, il.Indices); break;
            case SliceExpr se: Add(c, se.X); Add(c, se.Low); Add(c, se.High); Add(c, se.Max); break;
            case TypeAssertExpr ta: Add(c, ta.X); Add(c, ta.Type); break;
            case CallExpr ce: Add(c, ce.Fun); AddAll(c, ce.Args); break;
            case StarExpr st: Add(c, st.X); break;
            case UnaryExpr u: Add(c, u.X); break;
            case BinaryExpr b: Add(c, b.X); Add(c, b.Y); break;
            case KeyValueExpr kv: Add(c, kv.Key); Add(c, kv.Value); break;
            case ArrayType at: Add(c, at.Len); Add(c, at.Elt); break;
            case StructType stt: Add(c, stt.Fields); break;
            case FuncType ft: Add(c, ft.TypeParams); Add(c, ft.Params); Add(c, ft.Results); break;
            case InterfaceType it: Add(c, it.Methods); break;
            case MapType mt: Add(c, mt.Key); Add(c, mt.Value); break;
            case ChanType ct: Add(c, ct.Value); break;
            case DeclStmt ds: Add(c, ds.Decl); break;
            case LabeledStmt ls: Add(c, ls.Label); Add(c, ls.Stmt); break;
            case ExprStmt es: Add(c, es.X); break;
            case SendStmt ss: Add(c, ss.Chan); Add(c, ss.Value); break;
            case IncDecStmt ids: Add(c, ids.X); break;
            case AssignStmt a: AddAll(c, a.Lhs); AddAll(c, a.Rhs); break;
            case GoStmt gs: Add(c, gs.Call); break;
            case DeferStmt dfs: Add(c, dfs.Call); break;
            case ReturnStmt rs: AddAll(c, rs.Results); break;
            case BranchStmt bs: Add(c, bs.Label); break;
            case BlockStmt bl: AddAll(c, bl.List); break;
            case IfStmt ifs: Add(c, ifs.Init); Add(c, ifs.Cond); Add(c, ifs.Body); Add(c, ifs.Else); break;
            case CaseClause cc: AddAll(c, cc.List); AddAll(c, cc.Body); break;
            case SwitchStmt sw: Add(c, sw.Init); Add(c, sw.Tag); Add(c, sw.Body); break;
            case TypeSwitchStmt ts: Add(c, ts.Init); Add(c, ts.Assign); Add(c, ts.Body); break;
            case CommClause cm: Add(c, cm.Comm); AddAll(c, cm.Body); break;
            case SelectStmt sl: Add(c, sl.Body); break;
            case ForStmt fs: Add(c, fs.Init); Add(c, fs.Cond); Add(c, fs.Post); Add(c, fs.Body); break;
            case RangeStmt rg: Add(c, rg.Key); Add(c, rg.Value); Add(c, rg.X); Add(c, rg.Body); break;
            case ImportSpec isp: Add(c, isp.Doc); Add(c, isp.Name); Add(c, isp.Path); Add(c, isp.Comment); break;
            case ValueSpec vs: Add(c, vs.Doc); AddAll(c, vs.Names); Add(c, vs.Type); AddAll(c, vs.Values); Add(c, vs.Comment); break;
            case TypeSpec tsp: Add(c, tsp.Doc); Add(c, tsp.Name); Add(c, tsp.TypeParams); Add(c, tsp.Type); Add(c, tsp.Comment); break;
            case GenDecl gd: Add(c, gd.Doc); AddAll(c, gd.Specs); break;
            case FuncDecl fd: Add(c, fd.Doc); Add(c, fd.Recv); Add(c, fd.Name); Add(c, fd.Type); Add(c, fd.Body); break;
            case GoFile file: Add(c, file.Doc); Add(c, file.Name); AddAll(c, file.Decls); break;
        }
    }
}
