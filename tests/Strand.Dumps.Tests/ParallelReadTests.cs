using System.Text;
using Strand.Dumps.Grouping;
using Strand.Dumps.Tests.Support;
using Strand.Dumps.Verdicts;
using Strand.Reports.Dumps;

namespace Strand.Dumps.Tests;

/// <summary>The chunked parallel reader must give the very JSON the sequential reader gives.</summary>
public sealed class ParallelReadTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("strand-par-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    public static TheoryData<string> Inputs()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(Path.Combine(Repo.Root, "tests", "Strand.Dumps.Tests", "testdata"), "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(f);
        }
        if (Repo.HasSharedDumps)
        {
            foreach (var f in Directory.GetFiles(Repo.SharedDumps).Order(StringComparer.Ordinal))
            {
                data.Add(f);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Sample_files_read_alike(string path)
    {
        AssertSameJson([path]);
    }

    [Fact]
    public void Repeated_dump_splits_into_snapshots_alike()
    {
        string once = Sample();
        string path = Write("three.txt", once + "\n" + once + "\n" + once);
        Assert.NotNull(ParallelFileReader.TryRead(path, path, 5));
        var collector = new SnapshotCollector();
        collector.ReadFile(path, path, chunks: 5, minParallelBytes: 0);
        Assert.Equal(3, collector.Snapshots.Count);
        AssertSameJson([path]);
    }

    [Fact]
    public void Dumps_separated_by_log_text_read_alike()
    {
        string once = Sample();
        string path = Write("logged.txt", once + "\nsome log line\n\n" + once + "\n" + once.Replace("goroutine 1 [", "goroutine 2 [", StringComparison.Ordinal));
        AssertSameJson([path]);
    }

    [Fact]
    public void Growing_series_across_files_reads_alike()
    {
        var sb = new StringBuilder();
        for (int i = 1; i <= 40; i++)
        {
            sb.Append("goroutine ").Append(i).Append(" [chan receive, ").Append(i % 7).Append(" minutes]:\n")
              .Append("main.worker(0xc0000").Append(i).Append(")\n\t/app/w.go:").Append(10 + i % 3).Append(" +0x25\n")
              .Append("created by main.main in goroutine 1\n\t/app/main.go:12 +0x48\n\n");
        }
        string first = Write("a.txt", sb.ToString());
        string second = Write("b.txt", sb.ToString() + sb.ToString().Replace("goroutine 1 [", "goroutine 100 [", StringComparison.Ordinal));
        Assert.NotNull(ParallelFileReader.TryRead(first, first, 4));
        AssertSameJson([first, second]);
    }

    [Fact]
    public void Cut_inside_a_goroutine_falls_back_alike()
    {
        string once = Sample();
        string path = Write("cut.txt", once + "\n" + once[..(once.Length * 2 / 3)]);
        AssertSameJson([path]);
    }

    private static string Sample()
    {
        string shared = Path.Combine(Repo.SharedDumps, "go1.19_goroutine_debug2.txt");
        return File.Exists(shared) ? File.ReadAllText(shared) : File.ReadAllText(Repo.TestData("headers_go121.txt"));
    }

    private string Write(string name, string text)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static void AssertSameJson(string[] paths)
    {
        var sequential = new SnapshotCollector();
        foreach (var p in paths)
        {
            using var s = File.OpenRead(p);
            sequential.Read(s, p);
        }
        string expected = DumpJsonRenderer.Render(DumpAnalysis.Analyze(sequential));
        foreach (int chunks in new[] { 2, 3, 5, 8 })
        {
            var parallel = new SnapshotCollector();
            foreach (var p in paths)
            {
                parallel.ReadFile(p, p, chunks, minParallelBytes: 0);
            }
            Assert.Equal(expected, DumpJsonRenderer.Render(DumpAnalysis.Analyze(parallel)));
        }
    }
}
