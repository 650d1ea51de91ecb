using Strand.Semantics;
using Strand.Syntax.Ast;

namespace Strand.Model.Lowering;

/// <summary>Names calls of the standard library the way stubs do: <c>time.After</c>, <c>sync.WaitGroup.Wait</c>.</summary>
public static class StdCalls
{
    /// <summary>The standard-library path of <paramref name="call"/>'s target, or null.</summary>
    public static string? PathOf(TypeInfo info, CallExpr call)
    {
        var fun = call.Fun;
        while (fun is ParenExpr p)
        {
            fun = p.X;
        }
        return PathOf(info, call, info.ResolveCall(call), fun);
    }

    /// <summary>The standard-library name of a call's target (<c>time.After</c>, <c>sync.WaitGroup.Wait</c>), or null.</summary>
    public static string? PathOf(TypeInfo _info, CallExpr call, CallTarget target, Expr fun)
    {
        switch (target)
        {
            case CallTarget.StaticFunction { Function.StdPath: { } p }:
                return p;
            case CallTarget.Method { Function.StdPath: { } p }:
                return p;
            case CallTarget.Method { Function: { Receiver: { } r } f } when StdNames.IsStandard(r.PkgPath) && r.PkgPath.Length > 0 && f.Package is { IsStub: true }:
                return $"{r.PkgPath}.{r.Name}.{f.Name}";
            case CallTarget.InterfaceMethod im when WellKnown.IsContext(_info.TypeOf(im.Receiver)):
                return "context.Context." + im.Name;
            default:
                break;
        }
        if (fun is SelectorExpr sel)
        {
            if (sel.X is Ident pkg && _info.SymbolOf(pkg) is PackageSymbol ps && ps.Imported is null or { IsStub: true } && StdNames.IsStandard(ps.ImportPath))
            {
                return ps.ImportPath + "." + sel.Sel.Name;
            }
            var rt = _info.TypeOf(sel.X);
            if (rt is PointerType pt)
            {
                rt = pt.Elem;
            }
            if (rt is NamedType nt && nt.PkgPath.Length > 0 && StdNames.IsStandard(nt.PkgPath) && IsStdPackage(nt))
            {
                return $"{nt.PkgPath}.{nt.Name}.{sel.Sel.Name}";
            }
        }
        _ = call;
        return null;
    }

    private static bool IsStdPackage(NamedType nt) => nt.Symbol?.Package is null or { IsStub: true };
}
