using Strand.Analysis.Engine;
using Strand.Analysis.Findings;
using Strand.Model;
using Strand.Semantics;
using Strand.Syntax.Ast;

namespace Strand.Analysis.Checks;

/// <summary>empty-select: <c>select {}</c> outside main blocks its goroutine forever.</summary>
public sealed class EmptySelectCheck : IFunctionCheck
{
    public string Id => CheckIds.EmptySelect;

    public bool MayReport(FunctionShape shape) => shape.HasEmptySelect;

    public IEnumerable<Finding> Run(FuncDecl decl, GoFile file, GoPackage package, ProgramModel model, SourceCache sources)
    {
        // main, and TestMain (the test binary's main), may park forever on purpose
        var isMain = decl.Recv is null && (decl.Name.Name == "main" && package.Name == "main" || decl.Name.Name == "TestMain");
        var findings = new List<Finding>();
        void Walk(Node n, bool inLiteral)
        {
            foreach (var c in AstWalker.Children(n))
            {
                if (c is SelectStmt { Body.List.IsEmpty: true } sel && !(isMain && !inLiteral))
                {
                    var where = inLiteral ? "this goroutine" : $"the goroutine running {decl.Name.Name}";
                    findings.Add(FunctionChecks.Simple(Id, $"select {{}} blocks {where} forever: nothing can ever wake it (only main may park like this)", file, sel));
                }
                Walk(c, inLiteral || c is FuncLit);
            }
        }
        if (decl.Body is { } body)
        {
            Walk(body, false);
        }
        return findings;
    }
}
