using Strand.Model.Lowering;
using Strand.Semantics;
using Strand.Syntax.Ast;

namespace Strand.Analysis.Checks;

/// <summary>
/// What one walk over a function body (closures included) finds: its selects, go statements,
/// the standard-library calls it makes and the program functions it calls. A function check
/// whose trigger is absent cannot report anything, so the engine skips it, and entry finding
/// reads the go statements and callees here, instead of each walking the body again.
/// </summary>
public sealed class FunctionShape
{
    private readonly List<FuncDecl> _callees = [];
    private HashSet<string>? _stdCalls;

    private FunctionShape()
    {
    }

    /// <summary>Some <c>select</c> statement is in the body.</summary>
    public bool HasSelect { get; private set; }

    /// <summary>Some <c>select {}</c> is in the body.</summary>
    public bool HasEmptySelect { get; private set; }

    /// <summary>Some <c>go</c> statement is in the body.</summary>
    public bool HasGo { get; private set; }

    /// <summary>
    /// The declared program functions and methods called (not stubs nor the standard library's), in
    /// walk order; collected up to the first go statement, as entry finding stops there.
    /// </summary>
    public IReadOnlyList<FuncDecl> Callees => _callees;

    /// <summary>True when some call in the body has this standard-library path (as <see cref="StdCalls.PathOf(TypeInfo, CallExpr)"/> names it).</summary>
    public bool Calls(string stdPath) => _stdCalls?.Contains(stdPath) == true;

    public static FunctionShape Of(BlockStmt body, TypeInfo info)
    {
        var shape = new FunctionShape();
        AstWalker.Inspect(body, n =>
        {
            switch (n)
            {
                case SelectStmt sel:
                    shape.HasSelect = true;
                    shape.HasEmptySelect |= sel.Body.List.IsEmpty;
                    break;
                case GoStmt:
                    shape.HasGo = true;
                    break;
                case CallExpr call:
                    shape.AddCall(call, info);
                    break;
                default:
                    break;
            }
            return true;
        });
        return shape;
    }

    private void AddCall(CallExpr call, TypeInfo info)
    {
        var target = info.ResolveCall(call);
        var fun = call.Fun;
        while (fun is ParenExpr p)
        {
            fun = p.X;
        }
        if (StdCalls.PathOf(info, call, target, fun) is { } path)
        {
            (_stdCalls ??= new HashSet<string>(StringComparer.Ordinal)).Add(path);
        }
        if (HasGo)
        {
            return;
        }
        switch (target)
        {
            case CallTarget.StaticFunction { Function: { Decl: { } d, StdPath: null, Package.IsStub: false } }:
                _callees.Add(d);
                break;
            case CallTarget.Method { Function: { Decl: { } d, StdPath: null, Package.IsStub: false } }:
                _callees.Add(d);
                break;
            default:
                break;
        }
    }
}
