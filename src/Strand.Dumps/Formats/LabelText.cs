using System.Text;

namespace Strand.Dumps.Formats;

/// <summary>
/// Puts goroutine labels in one form, <c>key=value, key=value</c> sorted by key, whatever form
/// printed them: debug=1 <c>{"job":"ingest", "tenant":"t1"}</c>, Go 1.27 headers
/// <c>{job: ingest, tenant: "a b"}</c>, or binary profile label pairs.
/// </summary>
public static class LabelText
{
    public static string Normalize(string raw)
    {
        var text = raw.Trim();
        if (text.StartsWith('{') && text.EndsWith('}'))
        {
            text = text[1..^1];
        }
        var pairs = new List<(string Key, string Value)>();
        foreach (var part in SplitTopLevel(text))
        {
            int colon = FindSeparator(part);
            if (colon < 0)
            {
                pairs.Add((Unquote(part.Trim()), ""));
                continue;
            }
            pairs.Add((Unquote(part[..colon].Trim()), Unquote(part[(colon + 1)..].Trim())));
        }
        return Format(pairs);
    }

    public static string Format(IEnumerable<(string Key, string Value)> pairs)
    {
        var sb = new StringBuilder();
        foreach (var (key, value) in pairs.OrderBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal))
        {
            if (sb.Length > 0)
            {
                sb.Append(", ");
            }
            sb.Append(key).Append('=').Append(value);
        }
        return sb.ToString();
    }

    private static IEnumerable<string> SplitTopLevel(string text)
    {
        bool quoted = false;
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\\' && quoted)
            {
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                if (i > start)
                {
                    yield return text[start..i];
                }
                start = i + 1;
            }
        }
        if (start < text.Length && text[start..].Trim().Length > 0)
        {
            yield return text[start..];
        }
    }

    private static int FindSeparator(string part)
    {
        bool quoted = false;
        for (int i = 0; i < part.Length; i++)
        {
            char c = part[i];
            if (c == '\\' && quoted)
            {
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if ((c == ':' || c == '=') && !quoted)
            {
                return i;
            }
        }
        return -1;
    }

    private static string Unquote(string s)
    {
        if (s.Length >= 2 && s[0] == '"' && s[^1] == '"')
        {
            return s[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
        }
        return s;
    }
}
