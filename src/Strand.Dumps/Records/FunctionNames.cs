namespace Strand.Dumps.Records;

/// <summary>Splits Go function symbols and tells standard-library code from the program's own.</summary>
public static class FunctionNames
{
    // Top-level directories of the Go standard library (GOROOT/src), newest Go included.
    private static readonly HashSet<string> StdRoots = new(StringComparer.Ordinal)
    {
        "archive", "bufio", "builtin", "bytes", "cmp", "compress", "container", "context", "crypto",
        "database", "debug", "embed", "encoding", "errors", "expvar", "flag", "fmt", "go", "hash",
        "html", "image", "index", "internal", "io", "iter", "log", "maps", "math", "mime", "net",
        "os", "path", "plugin", "reflect", "regexp", "runtime", "slices", "sort", "strconv",
        "strings", "structs", "sync", "syscall", "testing", "text", "time", "unicode", "unique",
        "unsafe", "vendor", "weak",
    };

    /// <summary><c>net/http.(*conn).serve</c> -> <c>net/http</c>; <c>main.main.func1</c> -> <c>main</c>.</summary>
    public static string PackageOf(string function)
    {
        int slash = function.LastIndexOf('/');
        int dot = function.IndexOf('.', slash + 1);
        return dot < 0 ? function : function[..dot];
    }

    /// <summary>True for the runtime and the standard library; false for the program and its modules.</summary>
    public static bool IsStandard(string function)
    {
        if (function.Length == 0)
        {
            return true;
        }
        string package = PackageOf(function);
        int slash = package.IndexOf('/');
        string root = slash < 0 ? package : package[..slash];
        if (root.Contains('.'))
        {
            return false; // a module path (github.com/..., golang.org/x/...)
        }
        return StdRoots.Contains(root);
    }

    /// <summary>The short name shown in tables: the part after the last slash.</summary>
    public static string Short(string function)
    {
        int slash = function.LastIndexOf('/');
        return slash < 0 ? function : function[(slash + 1)..];
    }
}
