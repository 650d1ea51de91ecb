using System.Collections.Immutable;
using Strand.Analysis.Findings;
using Strand.Semantics;
using Strand.Syntax.Ast;

namespace Strand.Analysis.Checks.Sync;

/// <summary>Builds the finding for a lock conflict: spans, the mutex as object, the first lock as related location and witness.</summary>
internal static class LockFindings
{
    public static Finding Build(string check, SyncFunction fn, LockConflict conflict, string message, string firstWhat)
    {
        var file = fn.File;
        var second = conflict.Second;
        var first = conflict.First.At;
        var firstSpan = Spans.Of(file, first.Call);
        return new Finding(
            check,
            CheckCatalog.Find(check).DefaultSeverity,
            message,
            Spans.Of(file, second.Call),
            Goroutine: null,
            new NamedObject(second.Mutex.Text, DeclarationSpan(second, fn.Info) ?? firstSpan),
            [new RelatedLocation(firstSpan, $"{second.Mutex.Text} {firstWhat} here")],
            [
                $"{Call(first)} at {Spans.At(file, first.Call)} {firstWhat}",
                $"{Call(second)} at {Spans.At(file, second.Call)} waits for it, and no path in between unlocks it",
            ],
            ImmutableArray<SuggestedFix>.Empty);
    }

    /// <summary>The goroutine a function runs in, as messages name it.</summary>
    public static string Runner(SyncFunction fn) => $"the goroutine running {fn.Name}";

    public static string Call(LockCall lc) => $"{lc.Mutex.Text}.{lc.Op}()";

    /// <summary>Where the mutex variable or field is declared, when Strand knows it.</summary>
    private static SourceSpan? DeclarationSpan(LockCall lc, TypeInfo info)
    {
        var x = Chains.Strip(((SelectorExpr)lc.Call.Fun).X);
        var ident = x switch
        {
            Ident id => id,
            SelectorExpr sel => sel.Sel,
            _ => null,
        };
        var symbol = ident is null ? null : info.SymbolOf(ident);
        return symbol is { DeclIdent: { } decl, File: { } file } ? Spans.Of(file, decl) : null;
    }
}
