using Strand.Syntax.Ast;

namespace Strand.Analysis.Engine;

/// <summary>
/// Names a function declaration independently of line numbers, so that an entry of the original
/// code can be found again in edited code: <c>path|Recv.Name</c> (<c>path|Name</c> for functions).
/// Two <c>init</c> functions of one file share a key; keys only order work, so that is harmless.
/// </summary>
public static class EntryKey
{
    public static string Of(GoFile file, FuncDecl decl) => $"{Positions.PathOf(file)}|{ReceiverName(decl)}{decl.Name.Name}";

    private static string ReceiverName(FuncDecl decl)
    {
        if (decl.Recv is not { List.Length: > 0 } recv || recv.List[0].Type is not { } type)
        {
            return "";
        }
        while (true)
        {
            switch (type)
            {
                case ParenExpr p:
                    type = p.X;
                    continue;
                case StarExpr s:
                    type = s.X;
                    continue;
                case IndexExpr i:
                    type = i.X;
                    continue;
                case IndexListExpr l:
                    type = l.X;
                    continue;
                case Ident id:
                    return id.Name + ".";
                default:
                    return "?.";
            }
        }
    }
}
