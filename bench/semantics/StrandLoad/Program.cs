// Loads, binds and types PATH/... with Strand.Semantics; prints the same shape as the go/types
// peer ("packages files errors ms") plus phase times, CPU time and binding-error counts.
using System.Diagnostics;
using Strand.Semantics;

var root = args.Length > 0 ? args[0] : throw new ArgumentException("usage: StrandLoad DIR");
var sw = Stopwatch.StartNew();
var program = ProgramLoader.Load([root + "/..."]);
sw.Stop();
var s = program.Stats;
Console.WriteLine($"{s.Packages} packages {s.Files} files {program.Errors.Length} errors {sw.ElapsedMilliseconds} ms " +
                  $"(read+parse {s.ParseMilliseconds} ms, check {s.CheckMilliseconds} ms, cpu {Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds:F0} ms, " +
                  $"binding errors {program.BindingErrors.Length}, unresolved selectors {program.UnresolvedSelectors.Length})");
