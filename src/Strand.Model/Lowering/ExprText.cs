using System.Text;
using Strand.Syntax.Ast;
using Strand.Syntax.Tokens;

namespace Strand.Model.Lowering;

/// <summary>Renders the simple expressions that name channels (<c>res</c>, <c>w.queue</c>, <c>chans[i]</c>) for messages.</summary>
public static class ExprText
{
    public static string Render(Expr e)
    {
        var sb = new StringBuilder();
        Write(sb, e, 0);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, Expr e, int depth)
    {
        if (depth > 8 || sb.Length > 60)
        {
            sb.Append('…');
            return;
        }
        switch (e)
        {
            case Ident id:
                sb.Append(id.Name);
                break;
            case SelectorExpr s:
                Write(sb, s.X, depth + 1);
                sb.Append('.').Append(s.Sel.Name);
                break;
            case IndexExpr ix:
                Write(sb, ix.X, depth + 1);
                sb.Append('[');
                Write(sb, ix.Index, depth + 1);
                sb.Append(']');
                break;
            case ParenExpr p:
                sb.Append('(');
                Write(sb, p.X, depth + 1);
                sb.Append(')');
                break;
            case StarExpr st:
                sb.Append('*');
                Write(sb, st.X, depth + 1);
                break;
            case UnaryExpr { Op: Token.Arrow } u:
                sb.Append("<-");
                Write(sb, u.X, depth + 1);
                break;
            case UnaryExpr { Op: Token.And } u:
                sb.Append('&');
                Write(sb, u.X, depth + 1);
                break;
            case BasicLit b:
                sb.Append(b.Value);
                break;
            case CallExpr c:
                Write(sb, c.Fun, depth + 1);
                sb.Append(c.Args.IsEmpty ? "()" : "(…)");
                break;
            case TypeAssertExpr ta:
                Write(sb, ta.X, depth + 1);
                sb.Append(".(…)");
                break;
            default:
                sb.Append("the channel");
                break;
        }
    }
}
