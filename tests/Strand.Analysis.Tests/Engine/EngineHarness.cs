using System.Collections.Immutable;
using System.Text;
using Strand.Analysis.Engine;
using Strand.Analysis.Exploration;
using Strand.Analysis.Findings;

namespace Strand.Analysis.Tests.Engine;

/// <summary>Runs the analyzer over Go sources written to a fresh temporary directory.</summary>
internal sealed class EngineHarness : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "strand-engine-" + Guid.NewGuid().ToString("N"));

    public EngineHarness()
    {
        Directory.CreateDirectory(_dir);
    }

    public string Write(string name, string source)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, source.Replace("\r\n", "\n", StringComparison.Ordinal));
        return path;
    }

    public AnalysisResult Run(string name, string source, ExploreBudget? budget = null)
    {
        var path = Write(name, source);
        return Analyzer.Analyze(new AnalysisRequest([path]), budget ?? ExploreBudget.Default);
    }

    public static AnalysisResult Rerun(string path, ImmutableArray<TextEdit> edits)
    {
        var bytes = File.ReadAllBytes(path);
        var fixedBytes = Apply(bytes, edits);
        return Analyzer.Analyze(new AnalysisRequest([path], Overlay: ImmutableDictionary<string, byte[]>.Empty.Add(path, fixedBytes)));
    }

    public static byte[] Apply(byte[] bytes, ImmutableArray<TextEdit> edits)
    {
        var result = new List<byte>(bytes);
        foreach (var e in edits.OrderByDescending(e => e.StartOffset))
        {
            result.RemoveRange(e.StartOffset, e.EndOffset - e.StartOffset);
            result.InsertRange(e.StartOffset, Encoding.UTF8.GetBytes(e.NewText));
        }
        return [.. result];
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
