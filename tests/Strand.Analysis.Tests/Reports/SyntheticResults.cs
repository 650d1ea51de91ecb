using System.Collections.Immutable;
using Strand.Analysis.Checks;
using Strand.Analysis.Engine;
using Strand.Analysis.Findings;

namespace Strand.Analysis.Tests.Reports;

/// <summary>Hand-made findings shaped like the engine's, so renderers are tested without it.</summary>
public static class SyntheticResults
{
    public static Finding SendLeak(string file = "svc/query.go") => new(
        CheckIds.ChanSendLeak,
        Severity.Error,
        $"goroutine started at {file}:21 blocks forever sending on res (unbuffered, made at {file}:15): its only receiver, multiQuery, returns at {file}:24 without receiving",
        new SourceSpan(file, 22, 9, 22, 31),
        new SourceSpan(file, 21, 5, 23, 8),
        new NamedObject("res", new SourceSpan(file, 15, 9, 15, 26)),
        [new RelatedLocation(new SourceSpan(file, 24, 5, 24, 19), "multiQuery returns here without receiving from res")],
        [$"multiQuery starts the goroutine at {file}:21", $"multiQuery returns at {file}:24", "the goroutine blocks sending on res; nothing can receive from res"],
        [
            new SuggestedFix("make the channel buffered: make(chan string, 1)",
                [new TextEdit(new SourceSpan(file, 15, 9, 15, 26), 200, 217, "make(chan string, 1)")]),
            new SuggestedFix("select on ctx.Done() or a timeout around the send", []),
        ]);

    public static Finding AfterInLoop(string file = "svc/loop.go") => new(
        CheckIds.AfterInLoop,
        Severity.Warning,
        "time.After in a loop makes a timer per iteration that lives until it fires",
        new SourceSpan(file, 9, 8, 9, 30),
        null,
        null,
        [],
        [],
        []);

    public static AnalysisResult Result(params Finding[] findings) => new(
        [.. findings],
        [new InputError("svc/broken.go", 3, 7, "expected ';', found 'x'")],
        ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, new Dictionary<string, long> { ["files"] = 3, ["entries"] = 2 }));

    public static AnalysisResult Empty { get; } = new([], [], ImmutableSortedDictionary<string, long>.Empty);
}
