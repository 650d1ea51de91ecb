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

    private sealed record FileOutcome(int Errors, long Lines, long Bytes, string Report);

    public static int Run(string[] paths, bool stats, bool all, TextWriter stdout, TextWriter stderr)
    {
        var watch = Stopwatch.StartNew();
        var expansion = GoFileFinder.Expand(paths, includeSkipped: all);
        foreach (var missing in expansion.Missing)
        {
            stderr.WriteLine($"strand parse: {missing}: no such file or directory");
        }
        if (expansion.Missing.Count > 0)
        {
            return 2;
        }

        var files = expansion.Files;
        var outcomes = new FileOutcome[files.Count];
        Parallel.For(0, files.Count, i => outcomes[i] = ParseOne(files[i]));

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
                $"files: {files.Count}, lines: {lines}, bytes: {bytes}, errors: {errors} (in {filesWithErrors} files), wall: {seconds:F3} s, {mbps:F1} MB/s"));
        }
        return filesWithErrors > 0 ? 1 : 0;
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
        return new FileOutcome(result.Errors.Length, lineCount, table.Length, report);
    }
}
