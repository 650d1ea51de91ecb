using System.Collections.Concurrent;
using System.Diagnostics;
using Strand.Syntax.Parsing;

namespace Strand.Syntax.Tests.Corpus;

/// <summary>
/// Parses on a worker thread with the default stack size (as any caller's thread would have)
/// and gives up waiting after a deadline: a hang detector, not a speed test. A worker that
/// hangs is abandoned (it is a background thread) and the test fails.
/// </summary>
public sealed class ParseWatchdog : IDisposable
{
    private readonly BlockingCollection<Mutant> _work = new(1);
    private readonly BlockingCollection<ParseOutcome> _done = new(1);

    public ParseWatchdog()
    {
        var worker = new Thread(Work) { IsBackground = true, Name = "parse watchdog worker" };
        worker.Start();
    }

    /// <summary>Generous bound: 5 s plus 1 s per KB of source.</summary>
    public static TimeSpan LimitFor(int bytes) => TimeSpan.FromSeconds(5 + bytes / 1024.0);

    /// <summary>The outcome of parsing the mutant, or null when it took longer than its limit.</summary>
    public ParseOutcome? Parse(Mutant mutant)
    {
        _work.Add(mutant);
        return _done.TryTake(out var outcome, LimitFor(mutant.Source.Length)) ? outcome : null;
    }

    public void Dispose() => _work.CompleteAdding();

    private void Work()
    {
        foreach (var mutant in _work.GetConsumingEnumerable())
        {
            var clock = Stopwatch.StartNew();
            try
            {
                _done.Add(new ParseOutcome(GoParser.ParseFile("mutant.go", mutant.Source), null, clock.Elapsed));
            }
            catch (Exception e)
            {
                _done.Add(new ParseOutcome(null, e, clock.Elapsed));
            }
        }
    }
}

public sealed record ParseOutcome(ParseResult? Result, Exception? Exception, TimeSpan Elapsed);
