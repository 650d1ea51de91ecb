using System.Collections.Concurrent;
using Strand.Syntax.Parsing;
using Xunit;
using Xunit.Abstractions;

namespace Strand.Syntax.Tests.Corpus;

/// <summary>
/// Issue 2, check 2: for every standard-library file that go/parser accepts, Strand's canonical
/// AST text equals go/ast's. The Go dumper runs once over the whole corpus and streams its
/// output; files are compared on all cores while it runs.
/// </summary>
public sealed class DifferentialAstTests(ITestOutputHelper output)
{
    private const int WorkerStackBytes = 256 * 1024 * 1024;
    private const int Shown = 15;

    [GoFact]
    public void EveryAcceptedCorpusFileHasTheSameAstAsGoAst()
    {
        var files = GoToolchain.CorpusFiles();
        var mismatches = new ConcurrentBag<AstMismatch>();
        var compared = 0;
        var rejectedByGo = 0;

        using (var dumper = GoAstDump.Start(files))
        using (var queue = new BlockingCollection<(string Path, string GoText)>(boundedCapacity: 256))
        {
            var stderr = dumper.StandardError.ReadToEndAsync();
            var workers = StartWorkers(queue, mismatches);
            while (ReadSection(dumper.StandardOutput) is { } section)
            {
                if (section.GoText == "#errors\n")
                {
                    rejectedByGo++;
                    continue;
                }
                queue.Add(section);
                compared++;
            }
            queue.CompleteAdding();
            workers.ForEach(w => w.Join());
            dumper.WaitForExit();
            Assert.True(dumper.ExitCode == 0, $"goastdump failed: {stderr.Result}");
        }

        output.WriteLine($"{files.Count} corpus files: {compared} compared, {rejectedByGo} rejected by go/parser, {mismatches.Count} differ");
        Assert.True(compared > files.Count / 2, $"only {compared} of {files.Count} files were compared");
        if (!mismatches.IsEmpty)
        {
            var sorted = mismatches.OrderBy(m => m.Path, StringComparer.Ordinal).ToList();
            var report = Path.Combine(Path.GetTempPath(), "strand-ast-mismatches.txt");
            System.IO.File.WriteAllLines(report, sorted.Select(m => m.ToString()));
            Assert.Fail($"{sorted.Count} of {compared} files differ from go/ast (all listed in {report}); first {Math.Min(Shown, sorted.Count)}:\n"
                + string.Join("\n", sorted.Take(Shown)));
        }
    }

    /// <summary>
    /// One comparing thread per core. They get a large stack because the canonical printer recurses
    /// like the tree, and some corpus files hold expressions thousands of levels deep.
    /// </summary>
    private static List<Thread> StartWorkers(BlockingCollection<(string Path, string GoText)> queue, ConcurrentBag<AstMismatch> mismatches)
    {
        var workers = new List<Thread>();
        for (var i = 0; i < Environment.ProcessorCount; i++)
        {
            var worker = new Thread(() =>
            {
                foreach (var (path, goText) in queue.GetConsumingEnumerable())
                {
                    if (AstMismatch.Find(path, goText, StrandText(path)) is { } mismatch)
                    {
                        mismatches.Add(mismatch);
                    }
                }
            }, WorkerStackBytes) { IsBackground = true };
            worker.Start();
            workers.Add(worker);
        }
        return workers;
    }

    private static string StrandText(string path)
    {
        try
        {
            return CanonicalAstPrinter.Print(GoParser.ParseFile(path, System.IO.File.ReadAllBytes(path)).File);
        }
        catch (Exception e)
        {
            return "EXCEPTION " + e.GetType().Name + ": " + e.Message.ReplaceLineEndings(" ");
        }
    }

    /// <summary>Reads one "#file LEN PATH" header and the LEN bytes of dump after it.</summary>
    private static (string Path, string GoText)? ReadSection(StreamReader reader)
    {
        var header = reader.ReadLine();
        if (header is null)
        {
            return null;
        }
        var parts = header.Split(' ', 3);
        if (parts.Length != 3 || parts[0] != "#file" || !int.TryParse(parts[1], out var length))
        {
            throw new InvalidDataException("unexpected goastdump header: " + header);
        }
        var body = new char[length];
        reader.ReadBlock(body, 0, length);
        return (parts[2], new string(body));
    }
}
