using System.Collections.Immutable;
using System.Diagnostics;
using Strand.Analysis.Engine;
using Strand.Analysis.Findings;
using Strand.Dumps.Grouping;
using Strand.Dumps.Records;
using Strand.Dumps.Sources;
using Strand.Dumps.Verdicts;
using Strand.Reports.Dumps;

namespace Strand.Cli.Dump;

/// <summary>
/// Runs <c>strand dump</c>: reads every input (files, stdin, URLs, or a timed series from one
/// URL) into one collector, analyses, links static findings when <c>--source</c> is given, renders.
/// </summary>
public static class DumpRunner
{
    public static int Run(DumpOptions options, Func<Stream> stdin, TextWriter stdout, TextWriter stderr)
    {
        var sources = options.SourceDir is null ? null : new SourceIndex(options.SourceDir);
        var report = Collect(options, stdin, CancellationToken.None, sources);
        Func<GroupReport, ImmutableArray<FindingLink>>? links = null;
        if (options.SourceDir is not null)
        {
            var linker = new FindingLinker(StaticFindings(options.SourceDir, stderr), sources);
            links = linker.Links;
        }
        stdout.Write(options.Json ? DumpJsonRenderer.Render(report, links) : DumpTextRenderer.Render(report, links));
        foreach (var d in report.Diagnostics)
        {
            stderr.WriteLine(d.ToString());
        }
        if (report.HasErrors)
        {
            return 2;
        }
        return report.HasSuspects ? 1 : 0;
    }

    /// <summary>Reads all inputs and analyses them (the in-process entry the tests use).</summary>
    public static DumpReport Collect(DumpOptions options, Func<Stream> stdin, CancellationToken cancel, SourceIndex? sources = null)
    {
        var collector = new SnapshotCollector();
        if (options.Every is { } every)
        {
            var clock = Stopwatch.StartNew();
            for (int i = 0; i < options.Count; i++)
            {
                var due = every * i;
                if (clock.Elapsed < due)
                {
                    Task.Delay(due - clock.Elapsed, cancel).GetAwaiter().GetResult();
                }
                ReadOne(collector, options.Inputs[0], stdin, cancel);
            }
        }
        else
        {
            foreach (var input in options.Inputs)
            {
                ReadOne(collector, input, stdin, cancel);
            }
        }
        sources ??= options.SourceDir is null ? null : new SourceIndex(options.SourceDir);
        return DumpAnalysis.Analyze(collector, options.Level, sources);
    }

    private static void ReadOne(SnapshotCollector collector, string input, Func<Stream> stdin, CancellationToken cancel)
    {
        try
        {
            if (input == "-")
            {
                using var s = stdin();
                collector.Read(s, "<stdin>");
            }
            else if (DumpOptions.IsUrl(input))
            {
                using var s = SnapshotFetcher.OpenAsync(input, cancel).GetAwaiter().GetResult();
                collector.Read(s, input);
            }
            else
            {
                collector.ReadFile(input, input);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or HttpRequestException or TaskCanceledException or UriFormatException)
        {
            collector.OnDiagnostic(new DumpDiagnostic(DiagnosticLevel.Error, input, 0, 0, $"cannot read: {e.Message}"));
        }
    }

    // The single call site of the static analyser: findings that may explain live groups.
    private static IReadOnlyList<Finding> StaticFindings(string sourceDir, TextWriter stderr)
    {
        try
        {
            return Analyzer.Analyze(new AnalysisRequest([sourceDir])).Findings;
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"strand dump: static analysis of {sourceDir} failed ({e.Message}); groups are shown without findings");
            return [];
        }
    }
}
