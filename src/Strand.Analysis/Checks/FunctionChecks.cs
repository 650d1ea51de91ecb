using System.Collections.Immutable;
using Strand.Analysis.Engine;
using Strand.Analysis.Findings;
using Strand.Model;
using Strand.Semantics;
using Strand.Syntax.Ast;

namespace Strand.Analysis.Checks;

/// <summary>A check that looks at one function at a time (syntax and plain data flow, no exploration).</summary>
public interface IFunctionCheck
{
    string Id { get; }

    IEnumerable<Finding> Run(FuncDecl decl, GoFile file, GoPackage package, ProgramModel model, SourceCache sources);

    /// <summary>False when a function of this shape cannot give a finding (so Run is skipped); must never hide one.</summary>
    bool MayReport(FunctionShape shape) => true;
}

public static class FunctionChecks
{
    public static ImmutableArray<IFunctionCheck> All { get; } =
    [
        new EmptySelectCheck(),
        new LostCancelCheck(),
        new TickerLeakCheck(),
        new AfterInLoopCheck(),
    ];

    /// <summary>A finding with no goroutine or witness (function-local checks).</summary>
    public static Finding Simple(string check, string message, GoFile file, Node at, NamedObject? obj = null, ImmutableArray<SuggestedFix> fixes = default) =>
        new(check, CheckCatalog.Find(check).DefaultSeverity, message, Positions.Span(file, at), null, obj, [], [], fixes.IsDefault ? [] : fixes);
}
