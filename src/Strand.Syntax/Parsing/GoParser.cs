using System.Collections.Immutable;
using Strand.Syntax.Ast;
using Strand.Syntax.Text;

namespace Strand.Syntax.Parsing;

/// <summary>Entry point: parses one Go file into a <see cref="GoFile"/> and its syntax errors. Never throws.</summary>
public static class GoParser
{
    /// <summary>Stack for inputs too deeply nested for the calling thread (100,000 levels fit in it).</summary>
    private const int LargeStackBytes = 1024 * 1024 * 1024;

    public static ParseResult ParseFile(string path)
    {
        byte[] source;
        try
        {
            source = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var error = new SyntaxError(path, 0, 1, 1, e.Message);
            var lines = LineTable.Build([]);
            var file = new GoFile(Node.NoPos, Node.NoPos, path, null, Node.NoPos, new Ident(0, 0, ""), [], [], [], lines);
            return new ParseResult(file, [error]);
        }
        return ParseFile(path, source);
    }

    public static ParseResult ParseFile(string path, byte[] source)
    {
        var lines = LineTable.Build(source);
        try
        {
            return Parse(path, source, lines, onLargeStack: false);
        }
        catch (Parser.StackExhaustedException)
        {
            // Deep nesting: redo the whole file on a thread whose stack holds the nesting limit.
            ParseResult? result = null;
            var thread = new Thread(() => result = ParseGuarded(path, source, lines), LargeStackBytes);
            thread.Start();
            thread.Join();
            return result!;
        }
        catch (Exception e) when (e is not Parser.StackExhaustedException)
        {
            return InternalFailure(path, lines, e);
        }
    }

    private static ParseResult ParseGuarded(string path, byte[] source, LineTable lines)
    {
        try
        {
            return Parse(path, source, lines, onLargeStack: true);
        }
        catch (Exception e)
        {
            return InternalFailure(path, lines, e);
        }
    }

    private static ParseResult Parse(string path, byte[] source, LineTable lines, bool onLargeStack)
    {
        var errors = new ErrorList(path, lines);
        var parser = new Parser(source, errors, lines, NameTable.ForCurrentThread) { OnLargeStack = onLargeStack };
        try
        {
            parser.ParseFileBody();
        }
        catch (Parser.BailoutException)
        {
            // The error is recorded; keep what was parsed so far.
        }
        return new ParseResult(parser.BuildFile(path), errors.ToSortedArray());
    }

    /// <summary>A bug in the parser must not escape: report it as an error of the file.</summary>
    private static ParseResult InternalFailure(string path, LineTable lines, Exception e)
    {
        var file = new GoFile(Node.NoPos, Node.NoPos, path, null, Node.NoPos, new Ident(0, 0, ""), [], [], [], lines);
        var error = new SyntaxError(path, 0, 1, 1, "internal parser error: " + e.GetType().Name + ": " + e.Message);
        return new ParseResult(file, ImmutableArray.Create(error));
    }
}
