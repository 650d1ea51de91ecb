using System.Collections.Concurrent;
using Strand.Syntax.Parsing;

namespace Strand.Semantics;

/// <summary>
/// Parse results by file path and exact content, for the life of the process. Re-checking a fix
/// loads the same unchanged files (a std package and all it imports) again and again; trees are
/// immutable, so a file whose bytes did not change is parsed once.
/// </summary>
internal static class ParseCache
{
    private static readonly ConcurrentDictionary<string, (byte[] Source, ParseResult Result)> Parsed = new(StringComparer.Ordinal);

    public static ParseResult Parse(string userPath, byte[] source)
    {
        if (Parsed.TryGetValue(userPath, out var known) && known.Source.AsSpan().SequenceEqual(source))
        {
            return known.Result;
        }
        var result = GoParser.ParseFile(userPath, source);
        Parsed[userPath] = (source, result);
        return result;
    }
}
