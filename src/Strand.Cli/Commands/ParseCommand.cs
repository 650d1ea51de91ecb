using System.Collections.Concurrent;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Strand.Syntax.Files;
using Strand.Syntax.Parsing;

namespace Strand.Cli.Commands;

/// <summary><c>strand parse [--stats] PATH...</c>: parses Go files on all cores and prints syntax errors.</summary>
internal static class ParseCommand
{
    public static Command Create()
    {
        var stats = new Option<bool>("--stats") { Description = "Print a summary line: files, lines, bytes, errors, wall time, MB/s." };
        var all = new Option<bool>("--all") { Description = "Also parse vendor/ and testdata/ directories found while walking." };
        var paths = new Argument<string[]>("paths") { Description = "Go files or directories (walked recursively; dir/... accepted).", Arity = ArgumentArity.OneOrMore };
        var cmd = new Command("parse", "Parse Go files and report syntax errors as path:line:col: message.");
        cmd.Options.Add(stats);
        cmd.Options.Add(all);
        cmd.Arguments.Add(paths);
        cmd.SetAction(result => Run(result.GetValue(paths) ?? [], result.GetValue(stats), result.GetValue(all), Console.Out, Console.Error));
        return cmd;
    }

    private sealed record FileOutcome(string Path, int Errors, long Lines, long Bytes, string Report);

    public static int Run(string[] paths, bool stats, bool all, TextWriter stdout, TextWriter stderr)
    {
        var watch = Stopwatch.StartNew();
        var missing = paths.Where(p => !Exists(GoFileFinder.PatternRoot(p))).ToList();
        foreach (var path in missing)
        {
            stderr.WriteLine($"strand parse: {path}: no such file or directory");
        }
        if (missing.Count > 0)
        {
            return 2;
        }

        var outcomes = ParseAll(paths, all);
        long lines = 0, bytes = 0, errors = 0, filesWithErrors = 0;
        foreach (var o in outcomes)
        {
            lines += o.Lines;
            bytes += o.Bytes;
            errors += o.Errors;
            if (o.Errors > 0)
            {
                filesWithErrors++;
                stdout.Write(o.Report);
            }
        }
        watch.Stop();
        if (stats)
        {
            var seconds = watch.Elapsed.TotalSeconds;
            var mbps = seconds > 0 ? bytes / 1e6 / seconds : 0;
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"files: {outcomes.Count}, lines: {lines}, bytes: {bytes}, errors: {errors} (in {filesWithErrors} files), wall: {seconds:F3} s, {mbps:F1} MB/s"));
        }
        return filesWithErrors > 0 ? 1 : 0;
    }

    private static bool Exists(string path) => File.Exists(path) || Directory.Exists(path);

    /// <summary>
    /// Parses every file the paths name, each once, sorted by path. The walk runs on this thread
    /// while one worker per core parses the files found so far: the walk is no serial prelude.
    /// </summary>
    private static List<FileOutcome> ParseAll(string[] paths, bool all)
    {
        using var found = new BlockingCollection<string>();
        var workers = new Task<List<FileOutcome>>[Environment.ProcessorCount];
        for (var w = 0; w < workers.Length; w++)
        {
            workers[w] = Task.Factory.StartNew(() =>
            {
                var mine = new List<FileOutcome>();
                foreach (var path in found.GetConsumingEnumerable())
                {
                    mine.Add(ParseOne(path));
                }
                return mine;
            }, TaskCreationOptions.LongRunning);
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            GoFileFinder.Stream(paths, all, path =>
            {
                if (seen.Add(path))
                {
                    found.Add(path);
                }
            });
        }
        finally
        {
            found.CompleteAdding();
        }
        var outcomes = workers.SelectMany(w => w.Result).ToList();
        outcomes.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return outcomes;
    }

    private static FileOutcome ParseOne(string path)
    {
        var result = GoParser.ParseFile(path);
        var table = result.File.Lines;
        var lineCount = table.Length == 0 ? 0 : table.LineCount; // a final newline starts no line (go/token)
        var report = "";
        if (!result.Errors.IsEmpty)
        {
            var sb = new System.Text.StringBuilder();
            foreach (var e in result.Errors)
            {
                sb.Append(e.ToString()).Append('\n');
            }
            report = sb.ToString();
        }
        return new FileOutcome(path, result.Errors.Length, lineCount, table.Length, report);
    }
}
