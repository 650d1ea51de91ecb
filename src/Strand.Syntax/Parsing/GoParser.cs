using System.Buffers;
using System.Collections.Immutable;
using Strand.Syntax.Ast;
using Strand.Syntax.Text;

namespace Strand.Syntax.Parsing;

/// <summary>Entry point: parses one Go file into a <see cref="GoFile"/> and its syntax errors. Never throws.</summary>
public static class GoParser
{
    /// <summary>Stack for inputs too deeply nested for the calling thread (100,000 levels fit in it).</summary>
    private const int LargeStackBytes = 1024 * 1024 * 1024;

    /// <summary>Reads and parses a file; an I/O error becomes a syntax error at 1:1.</summary>
    public static ParseResult ParseFile(string path)
    {
        // The tree keeps no reference to the bytes, so the buffer is pooled: large files would
        // otherwise land on the large object heap and force full collections.
        byte[]? buffer = null;
        try
        {
            int length;
            // A bare handle and positioned reads: no FileStream and its buffering for a one-shot read.
            using (var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read))
            {
                var size = RandomAccess.GetLength(handle);
                if (size > Array.MaxLength)
                {
                    throw new IOException("file too large");
                }
                buffer = ArrayPool<byte>.Shared.Rent((int)size);
                length = 0;
                int n;
                while (length < buffer.Length && (n = RandomAccess.Read(handle, buffer.AsSpan(length), length)) > 0)
                {
                    length += n;
                }
            }
            return Parse(path, buffer, length);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var error = new SyntaxError(path, 0, 1, 1, e.Message);
            return new ParseResult(EmptyFile(path, LineTable.Build([])), [error]);
        }
        finally
        {
            if (buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    public static ParseResult ParseFile(string path, byte[] source) => Parse(path, source, source.Length);

    /// <summary>Parses source[0..length).</summary>
    private static ParseResult Parse(string path, byte[] source, int length)
    {
        var lines = LineTable.Build(source.AsSpan(0, length));
        try
        {
            return Parse(path, source, length, lines, onLargeStack: false);
        }
        catch (Parser.StackExhaustedException)
        {
            // Deep nesting: redo the whole file on a thread whose stack holds the nesting limit.
            ParseResult? result = null;
            try
            {
                var thread = new Thread(() => result = ParseGuarded(path, source, length, lines), LargeStackBytes);
                thread.Start();
                thread.Join();
            }
            catch (Exception e) when (e is OutOfMemoryException or ThreadStartException)
            {
                // No big stack to be had: parse here and report the nesting as too deep where the stack ends.
                result = ParseGuarded(path, source, length, lines);
            }
            return result!;
        }
        catch (Exception e) when (e is not Parser.StackExhaustedException)
        {
            return InternalFailure(path, lines, e);
        }
    }

    private static ParseResult ParseGuarded(string path, byte[] source, int length, LineTable lines)
    {
        try
        {
            return Parse(path, source, length, lines, onLargeStack: true);
        }
        catch (Exception e)
        {
            return InternalFailure(path, lines, e);
        }
    }

    private static ParseResult Parse(string path, byte[] source, int length, LineTable lines, bool onLargeStack)
    {
        var errors = new ErrorList(path, lines);
        var scratch = ScratchSet.Rent();
        try
        {
            var parser = new Parser(source, length, errors, lines, NameTable.ForCurrentThread, scratch) { OnLargeStack = onLargeStack };
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
        finally
        {
            ScratchSet.Return(scratch);
        }
    }

    private static GoFile EmptyFile(string path, LineTable lines) =>
        new(Node.NoPos, Node.NoPos, path, null, Node.NoPos, new Ident(0, 0, ""), [], [], [], lines);

    /// <summary>A bug in the parser must not escape: report it as an error of the file.</summary>
    private static ParseResult InternalFailure(string path, LineTable lines, Exception e)
    {
        var error = new SyntaxError(path, 0, 1, 1, "internal parser error: " + e.GetType().Name + ": " + e.Message);
        return new ParseResult(EmptyFile(path, lines), ImmutableArray.Create(error));
    }
}
