using Strand.Analysis.Engine;

namespace Strand.Fixes.Tests;

/// <summary>
/// The golden inputs through the real engine: `strand check` finds the leak, the fix engine picks
/// and verifies a remedy, and the result is the reviewed expected.go byte for byte; checking the
/// fixed file again reports nothing. (The other golden cases are planner-level: the engine does not
/// report their finding yet, or the caller in their program does not release the object.)
/// </summary>
public sealed class EngineIntegrationTests
{
    public static TheoryData<string> Cases() =>
    [
        "buffer_crlf_bom", "buffer_first_of_many", "buffer_single_timeout", "close_after_make", "close_and_range",
        "close_for_receive", "defer_after_declaration", "defer_cancel", "defer_close", "done_callers_close", "done_range_worker",
        "select_nested_receive", "stop_new_ticker", "stop_tick",
        "release_lock_before_send", "release_deferred_lock_before_receive", "unlock_before_continue", "runlock_for_read_lock",
        "add_before_go_literal", "add_before_go_function", "defer_wg_done",
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public void RealFindingGetsTheGoldenFix(string name)
    {
        var golden = GoldenCase.Load(name);
        var work = Directory.CreateTempSubdirectory("strand-engine-it-");
        try
        {
            var path = Path.Combine(work.FullName, "input.go");
            File.WriteAllBytes(path, golden.Input);
            var request = new AnalysisRequest([path]);
            var run = FixEngine.Default.Run(request);
            Assert.Contains(run.Results, r => r.Finding.Check == golden.Finding.Check && r.Applied is not null);
            Assert.True(run.Updated.ContainsKey(path), $"{name}: nothing fixed: {string.Join("; ", run.Results.SelectMany(r => r.Refusals))}");
            Assert.Equal(System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(golden.ExpectedPath)), System.Text.Encoding.UTF8.GetString(run.Updated[path]));
            File.WriteAllBytes(path, run.Updated[path]);
            Assert.DoesNotContain(Analyzer.Analyze(request).Findings, f => f.Check == golden.Finding.Check);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
