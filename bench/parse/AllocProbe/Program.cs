// Usage: dotnet run -c Release --project bench/parse/AllocProbe -- FILE_LIST [--types]
// Prints, for a cold and a warm single-threaded pass over the files: CPU time, bytes allocated,
// and gen0/1/2 collection counts of parsing (files read beforehand). With --types, also the
// sampled allocation volume per type during the warm pass (sampling costs CPU: compare CPU
// figures only between runs without it).
using System.Diagnostics;
using Strand.Syntax.Parsing;

var paths = File.ReadAllLines(args[0]);
using var sampler = args.Contains("--types") ? new AllocationSampler() : null;
var sources = paths.Select(File.ReadAllBytes).ToArray();
long input = sources.Sum(s => (long)s.Length);
Console.WriteLine($"{paths.Length} files, {input / 1e6:F1} MB");

for (var pass = 1; pass <= 2; pass++)
{
    if (sampler is not null)
    {
        sampler.Enabled = pass == 2;
    }
    Measure($"pass {pass} parse", () =>
    {
        for (var i = 0; i < paths.Length; i++)
        {
            GoParser.ParseFile(paths[i], sources[i]);
        }
    });
}

if (sampler is not null)
{
    Console.WriteLine("allocation by type (sampled, warm pass):");
    sampler.Print(25);
}

void Measure(string label, Action body)
{
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var alloc = GC.GetTotalAllocatedBytes(precise: true);
    int g0 = GC.CollectionCount(0), g1 = GC.CollectionCount(1), g2 = GC.CollectionCount(2);
    var pause = GC.GetTotalPauseDuration();
    body();
    var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
    var bytes = GC.GetTotalAllocatedBytes(precise: true) - alloc;
    Console.WriteLine($"{label}: cpu {used.TotalMilliseconds:F0} ms, allocated {bytes / 1e6:F0} MB " +
        $"({(double)bytes / input:F1} bytes per input byte), GC gen0/1/2 {GC.CollectionCount(0) - g0}/" +
        $"{GC.CollectionCount(1) - g1}/{GC.CollectionCount(2) - g2}, GC pause {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:F0} ms");
}
