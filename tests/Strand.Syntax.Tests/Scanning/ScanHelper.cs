using System.Collections.Immutable;
using System.Text;
using Strand.Syntax.Parsing;
using Strand.Syntax.Scanning;
using Strand.Syntax.Text;
using Strand.Syntax.Tokens;

namespace Strand.Syntax.Tests.Scanning;

internal readonly record struct Scanned(Token Tok, int Pos, string? Lit);

internal static class ScanHelper
{
    public static List<Scanned> Scan(string source, out ImmutableArray<SyntaxError> errors) =>
        Scan(Encoding.UTF8.GetBytes(source), out errors);

    public static List<Scanned> Scan(byte[] source, out ImmutableArray<SyntaxError> errors)
    {
        var list = new ErrorList("t.go", LineTable.Build(source));
        var scanner = new Scanner(source, list, new NameTable());
        var tokens = new List<Scanned>();
        for (var i = 0; i < source.Length + 2; i++)
        {
            var tok = scanner.Scan();
            tokens.Add(new Scanned(tok, scanner.Pos, scanner.Lit));
            if (tok == Token.EOF)
            {
                break;
            }
        }
        errors = list.ToSortedArray();
        return tokens;
    }

    /// <summary>Token kinds only, semicolons spelled as ";" or "\n" to show automatic insertion.</summary>
    public static string Kinds(string source)
    {
        var parts = new List<string>();
        foreach (var t in Scan(source, out _))
        {
            parts.Add(t.Tok == Token.Semicolon ? (t.Lit == "\n" ? "NL" : ";") : t.Tok.Spelling());
        }
        return string.Join(" ", parts);
    }
}
