using System.Globalization;

namespace Strand.Cli.Dump;

/// <summary>Go-style durations as the CLI takes them: <c>500ms</c>, <c>10s</c>, <c>1m</c>, <c>1h</c>, <c>1m30s</c>.</summary>
public static class DurationText
{
    public static bool TryParse(string text, out TimeSpan value)
    {
        value = TimeSpan.Zero;
        int i = 0;
        if (text.Length == 0)
        {
            return false;
        }
        while (i < text.Length)
        {
            int start = i;
            while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.'))
            {
                i++;
            }
            if (i == start || !double.TryParse(text.AsSpan(start, i - start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double n))
            {
                return false;
            }
            int unitStart = i;
            while (i < text.Length && char.IsAsciiLetter(text[i]))
            {
                i++;
            }
            double ms = text[unitStart..i] switch
            {
                "ms" => 1,
                "s" => 1000,
                "m" => 60_000,
                "h" => 3_600_000,
                _ => double.NaN,
            };
            if (double.IsNaN(ms) || n * ms > TimeSpan.MaxValue.TotalMilliseconds / 2)
            {
                return false;
            }
            value += TimeSpan.FromMilliseconds(n * ms);
        }
        return true;
    }
}
