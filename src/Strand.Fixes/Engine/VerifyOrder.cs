using System.Collections.Immutable;
using Strand.Analysis.Engine;
using Strand.Analysis.Findings;
using Strand.Syntax.Ast;

namespace Strand.Fixes.Engine;

/// <summary>
/// Which entries a verification explores first: the one whose exploration reported the target (if the
/// remedy does not work, the target shows up there again) and the functions the remedy edits (where a
/// new finding is likeliest). Only the order of work depends on this, never the answer.
/// </summary>
internal static class VerifyOrder
{
    public static ImmutableHashSet<string> ExploreFirst(AnalysisResult baseline, Finding target, SourceSet sources,
        IReadOnlyDictionary<string, List<TextEdit>> edits)
    {
        var keys = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        var span = target.Span;
        if (baseline.Origins.TryGetValue((target.Check, span.File, span.Line, span.Column), out var origin))
        {
            keys.Add(origin);
        }
        foreach (var (file, fileEdits) in edits)
        {
            if (sources.Get(file) is not { } document)
            {
                continue;
            }
            foreach (var decl in document.File.Decls)
            {
                if (decl is FuncDecl fd && fileEdits.Any(e => e.StartOffset <= fd.End && e.EndOffset >= fd.Pos))
                {
                    keys.Add(EntryKey.Of(document.File, fd));
                }
            }
        }
        return keys.ToImmutable();
    }
}
