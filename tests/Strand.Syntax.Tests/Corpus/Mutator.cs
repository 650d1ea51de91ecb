using System.Text;

namespace Strand.Syntax.Tests.Corpus;

/// <summary>
/// Deterministic mutations of Go source: byte flips, truncation, deletion and insertion of
/// tokens that stress the scanner and the parser's recovery. Same seed, same mutants.
/// </summary>
public sealed class Mutator(int seed)
{
    private static readonly byte[][] Tokens = new[]
    {
        "(", ")", "[", "]", "{", "}", ",", ";", ":", ".", "...", ":=", "=", "<-", "*", "&", "~", "|", "\n",
        "func", "func(", "chan", "<-chan ", "map[", "struct{", "interface{", "go ", "defer ", "select {",
        "case ", "default:", "switch ", "for ", "range ", "if ", "else ", "type ", "var ", "const ", "import ",
        "package ", "return ", "goto ", "break ", "fallthrough", "[T any]", "x.(type)", "\"", "`", "'", "'\\",
        "/*", "*/", "//", "0x", "0b_", "1e", "1i", "0x1p", "\r", "\0", "\t",
    }.Select(Encoding.UTF8.GetBytes)
        .Concat([[0xEF, 0xBB, 0xBF], [0xFF], [0xC3], [0xE2, 0x82]])
        .ToArray();

    private readonly Random _random = new(seed);

    public Mutant Mutate(string path, byte[] source)
    {
        var name = Path.GetFileName(path);
        switch (_random.Next(5))
        {
            case 0:
                {
                    var copy = (byte[])source.Clone();
                    var flips = 1 + _random.Next(4);
                    for (var i = 0; i < flips && copy.Length > 0; i++)
                    {
                        copy[_random.Next(copy.Length)] ^= (byte)(1 + _random.Next(255));
                    }
                    return new Mutant($"{name}: {flips} byte flips", copy);
                }
            case 1:
                {
                    var at = _random.Next(source.Length + 1);
                    return new Mutant($"{name}: truncated at {at}", source[..at]);
                }
            case 2:
                {
                    var at = _random.Next(source.Length + 1);
                    var length = Math.Min(1 + _random.Next(200), source.Length - at);
                    return new Mutant($"{name}: {length} bytes deleted at {at}", [.. source[..at], .. source[(at + length)..]]);
                }
            default:
                {
                    var result = source;
                    var count = 1 + _random.Next(6);
                    for (var i = 0; i < count; i++)
                    {
                        var at = _random.Next(result.Length + 1);
                        result = [.. result[..at], .. Tokens[_random.Next(Tokens.Length)], .. result[at..]];
                    }
                    return new Mutant($"{name}: {count} tokens inserted", result);
                }
        }
    }
}
