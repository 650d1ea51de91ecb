namespace Strand.Syntax.Text;

/// <summary>
/// The <c>//line</c> and <c>/*line</c> directives of one file, as go/token records them: from each
/// directive's end on, positions are reported with the directive's file name and line (and column).
/// Syntax errors are reported at these adjusted positions, as Go's tools do; node offsets are not
/// affected.
/// </summary>
public sealed class LineDirectives
{
    private readonly List<Info> _infos = [];

    public LineDirectives(string path, LineTable lines)
    {
        Path = path;
        Lines = lines;
        var slash = path.LastIndexOf('/');
        Directory = slash >= 0 ? path[..(slash + 1)] : "";
    }

    private readonly record struct Info(int Offset, string Filename, int Line, int Column);

    public string Path { get; }

    public LineTable Lines { get; }

    /// <summary>The directory part of <see cref="Path"/>, with its trailing slash (Go's filepath.Split).</summary>
    private string Directory { get; }

    public bool IsEmpty => _infos.Count == 0;

    /// <summary>Records a directive effective from <paramref name="offset"/> (go/token's AddLineColumnInfo).</summary>
    internal void Add(int offset, string filename, int line, int column)
    {
        if (_infos.Count == 0 || _infos[^1].Offset < offset && offset < Lines.Length)
        {
            _infos.Add(new Info(offset, filename, line, column));
        }
    }

    /// <summary>Resolves a directive's file name as go/scanner does (cleaned, relative to the file's directory).</summary>
    internal string Resolve(string filename)
    {
        filename = GoPath.Clean(filename);
        return filename.StartsWith('/') ? filename : GoPath.Clean(Directory + filename);
    }

    /// <summary>The position of <paramref name="offset"/> after directives: file, 1-based line, column (0 when unknown).</summary>
    public (string File, int Line, int Column) Position(int offset)
    {
        var raw = Lines.Position(offset);
        var line = raw.Line;
        var column = raw.Column;
        var i = Search(offset);
        if (i < 0)
        {
            return (Path, line, column);
        }
        var alt = _infos[i];
        var baseLine = Lines.Position(alt.Offset).Line;
        var d = line - baseLine;
        line = alt.Line + d;
        if (alt.Column == 0)
        {
            column = 0;
        }
        else if (d == 0)
        {
            column = alt.Column + (offset - alt.Offset);
        }
        return (alt.Filename, line, column);
    }

    /// <summary>The adjusted line of <paramref name="offset"/> (what go/token's File.Line returns).</summary>
    public int Line(int offset) => _infos.Count == 0 ? Lines.Position(offset).Line : Position(offset).Line;

    private int Search(int offset)
    {
        // Last info with Offset <= offset.
        int lo = 0, hi = _infos.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_infos[mid].Offset > offset)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }
        return lo - 1;
    }
}

/// <summary>Go's path/filepath Clean for slash-separated paths.</summary>
internal static class GoPath
{
    public static string Clean(string path)
    {
        if (path.Length == 0)
        {
            return ".";
        }
        var rooted = path[0] == '/';
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part.Length == 0 || part == ".")
            {
                continue;
            }
            if (part == "..")
            {
                if (parts.Count > 0 && parts[^1] != "..")
                {
                    parts.RemoveAt(parts.Count - 1);
                }
                else if (!rooted)
                {
                    parts.Add("..");
                }
                continue;
            }
            parts.Add(part);
        }
        var joined = string.Join('/', parts);
        if (rooted)
        {
            return "/" + joined;
        }
        return joined.Length == 0 ? "." : joined;
    }
}
