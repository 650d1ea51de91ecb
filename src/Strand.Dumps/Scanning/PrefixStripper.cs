namespace Strand.Dumps.Scanning;

/// <summary>
/// Learns the log prefix in front of a dump (timestamps, pod names, <c>file.go:12:</c> test
/// output) from the first goroutine header it sees, and strips the same prefix from later lines.
/// Digits are wildcards in the learned prefix, so changing timestamps still match.
/// </summary>
public sealed class PrefixStripper
{
    private byte[] _template = [];

    public bool HasPrefix => _template.Length > 0;

    /// <summary>Remembers <paramref name="prefix"/> (the bytes before a recognised header) as the log prefix.</summary>
    public void Learn(ReadOnlySpan<byte> prefix)
    {
        var template = prefix.ToArray();
        for (int i = 0; i < template.Length; i++)
        {
            if (IsDigit(template[i]))
            {
                template[i] = (byte)'0';
            }
        }
        _template = template;
    }

    public void Forget() => _template = [];

    /// <summary>The line without the learned prefix when it carries it; the line itself otherwise.</summary>
    public ReadOnlySpan<byte> Strip(ReadOnlySpan<byte> line)
    {
        var template = _template;
        if (template.Length == 0 || line.Length < template.Length)
        {
            return line;
        }
        for (int i = 0; i < template.Length; i++)
        {
            byte expected = template[i];
            byte actual = line[i];
            if (expected == (byte)'0' ? !IsDigit(actual) : actual != expected)
            {
                return line;
            }
        }
        return line[template.Length..];
    }

    private static bool IsDigit(byte b) => (uint)(b - '0') <= 9;
}
