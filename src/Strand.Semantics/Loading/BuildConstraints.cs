using System.Collections.Frozen;
using Strand.Syntax.Ast;

namespace Strand.Semantics;

/// <summary>
/// Decides whether a file is part of the build for GOOS=linux, GOARCH=amd64, cgo off, gc,
/// from its name (<c>_linux</c>, <c>_amd64</c>, <c>_windows_arm64</c>...) and its
/// <c>//go:build</c> line (or legacy <c>// +build</c> lines when there is no //go:build).
/// </summary>
internal static class BuildConstraints
{
    private static readonly FrozenSet<string> KnownOs = FrozenSet.ToFrozenSet(
    [
        "aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "js", "linux", "nacl",
        "netbsd", "openbsd", "plan9", "solaris", "wasip1", "windows", "zos",
    ]);

    private static readonly FrozenSet<string> KnownArch = FrozenSet.ToFrozenSet(
    [
        "386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be", "loong64", "mips", "mipsle", "mips64",
        "mips64le", "mips64p32", "mips64p32le", "ppc", "ppc64", "ppc64le", "riscv", "riscv64", "s390", "s390x",
        "sparc", "sparc64", "wasm",
    ]);

    /// <summary>Highest Go release tag considered satisfied (go1.1 ... go1.N).</summary>
    private const int MaxGoMinor = 23;

    /// <summary>True when the file name's <c>_GOOS</c>/<c>_GOARCH</c> suffixes admit linux/amd64.</summary>
    public static bool MatchesFileName(string fileName)
    {
        if (fileName.StartsWith('_') || fileName.StartsWith('.'))
        {
            return false;
        }
        var name = fileName.EndsWith(".go", StringComparison.Ordinal) ? fileName[..^3] : fileName;
        if (name.EndsWith("_test", StringComparison.Ordinal))
        {
            name = name[..^5];
        }
        var parts = name.Split('_');
        if (parts.Length < 2)
        {
            return true;
        }
        var last = parts[^1];
        if (parts.Length >= 3 && KnownOs.Contains(parts[^2]) && KnownArch.Contains(last))
        {
            return OsMatches(parts[^2]) && last == "amd64";
        }
        if (KnownOs.Contains(last))
        {
            return OsMatches(last);
        }
        if (KnownArch.Contains(last))
        {
            return last == "amd64";
        }
        return true;
    }

    private static bool OsMatches(string os) => os == "linux";

    /// <summary>Evaluates the constraint comments that precede the package clause.</summary>
    public static bool MatchesHeader(GoFile file)
    {
        string? goBuild = null;
        var plusBuild = new List<string>();
        foreach (var group in file.Comments)
        {
            if (group.Pos >= file.Package && file.Package >= 0)
            {
                break;
            }
            foreach (var c in group.List)
            {
                var text = c.Text;
                if (text.StartsWith("//go:build", StringComparison.Ordinal) && (text.Length == 10 || text[10] is ' ' or '\t'))
                {
                    goBuild ??= text[10..].Trim();
                }
                else if (text.StartsWith("//", StringComparison.Ordinal) && text[2..].TrimStart().StartsWith("+build", StringComparison.Ordinal))
                {
                    var rest = text[2..].TrimStart()[6..];
                    if (rest.Length == 0 || rest[0] is ' ' or '\t')
                    {
                        plusBuild.Add(rest.Trim());
                    }
                }
            }
        }
        if (goBuild is not null)
        {
            return new ExprParser(goBuild).ParseAndEvaluate();
        }
        foreach (var line in plusBuild)
        {
            if (!PlusBuildLine(line))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A <c>// +build</c> line: space-separated options are ORed, comma-separated terms ANDed.</summary>
    private static bool PlusBuildLine(string line)
    {
        foreach (var option in line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            var all = true;
            foreach (var term in option.Split(','))
            {
                var neg = term.StartsWith('!');
                var tag = neg ? term[1..] : term;
                if (Tag(tag) == neg)
                {
                    all = false;
                    break;
                }
            }
            if (all)
            {
                return true;
            }
        }
        return false;
    }

    public static bool Tag(string tag)
    {
        switch (tag)
        {
            case "linux" or "amd64" or "unix" or "gc":
                return true;
            case "cgo" or "ignore":
                return false;
        }
        if (tag.StartsWith("go1.", StringComparison.Ordinal) && int.TryParse(tag.AsSpan(4), out var minor))
        {
            return minor <= MaxGoMinor;
        }
        return false;
    }

    /// <summary>Recursive-descent parser for //go:build expressions (|| lowest, then &amp;&amp;, then !).</summary>
    private sealed class ExprParser(string text)
    {
        private int _pos;
        private int _depth;

        public bool ParseAndEvaluate()
        {
            try
            {
                var v = Or();
                return v;
            }
            catch (FormatException)
            {
                return false; // a malformed constraint excludes the file, as the go command does
            }
        }

        private bool Or()
        {
            var v = And();
            while (Eat("||"))
            {
                v |= And();
            }
            return v;
        }

        private bool And()
        {
            var v = Not();
            while (Eat("&&"))
            {
                v &= Not();
            }
            return v;
        }

        private bool Not()
        {
            if (++_depth > 100)
            {
                throw new FormatException("too deep");
            }
            try
            {
                if (Eat("!"))
                {
                    return !Not();
                }
                if (Eat("("))
                {
                    var v = Or();
                    if (!Eat(")"))
                    {
                        throw new FormatException("missing )");
                    }
                    return v;
                }
                SkipSpace();
                var start = _pos;
                while (_pos < text.Length && (char.IsLetterOrDigit(text[_pos]) || text[_pos] is '_' or '.'))
                {
                    _pos++;
                }
                if (start == _pos)
                {
                    throw new FormatException("tag expected");
                }
                return Tag(text[start.._pos]);
            }
            finally
            {
                _depth--;
            }
        }

        private bool Eat(string token)
        {
            SkipSpace();
            if (string.CompareOrdinal(text, _pos, token, 0, token.Length) == 0)
            {
                _pos += token.Length;
                return true;
            }
            return false;
        }

        private void SkipSpace()
        {
            while (_pos < text.Length && char.IsWhiteSpace(text[_pos]))
            {
                _pos++;
            }
        }
    }
}
