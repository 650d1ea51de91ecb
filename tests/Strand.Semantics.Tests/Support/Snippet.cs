using Strand.Syntax.Ast;

namespace Strand.Semantics.Tests.Support;

/// <summary>Go files written to a temporary directory and loaded; helpers find nodes by name.</summary>
public sealed class Snippet : IDisposable
{
    private Snippet(string dir, GoProgram program)
    {
        Dir = dir;
        Program = program;
    }

    public string Dir { get; }
    public GoProgram Program { get; }
    public TypeInfo Info => Program.Info;

    /// <summary>Loads one file main.go holding <paramref name="source"/>.</summary>
    public static Snippet Load(string source) => LoadFiles(("main.go", source));

    /// <summary>Writes files (relative paths, '/' separated) to a temp dir and loads "dir/...".</summary>
    public static Snippet LoadFiles(params (string Path, string Source)[] files)
    {
        var dir = Path.Combine(Path.GetTempPath(), "strand-sem-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        foreach (var (path, source) in files)
        {
            var full = Path.Combine(dir, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, source);
        }
        return new Snippet(dir, ProgramLoader.Load([dir + "/..."]));
    }

    public static Snippet LoadPaths(string dir, IReadOnlyList<string> paths, IReadOnlyDictionary<string, byte[]>? overlay = null) =>
        new(dir, ProgramLoader.Load(paths, overlay));

    public IEnumerable<GoFile> Files => Program.Packages.SelectMany(p => p.Files);

    /// <summary>All nodes of type T in file order.</summary>
    public List<T> All<T>()
        where T : Node
    {
        var result = new List<T>();
        foreach (var f in Files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            AstWalker.Inspect(f, n =>
            {
                if (n is T t)
                {
                    result.Add(t);
                }
                return true;
            });
        }
        return result;
    }

    /// <summary>The n-th identifier named <paramref name="name"/> (0-based, in file order).</summary>
    public Ident Id(string name, int occurrence = 0) => All<Ident>().Where(i => i.Name == name).ElementAt(occurrence);

    /// <summary>The n-th call whose callee text ends with <paramref name="name"/>.</summary>
    public CallExpr Call(string name, int occurrence = 0) => All<CallExpr>().Where(c => CalleeName(c.Fun) == name).ElementAt(occurrence);

    private static string? CalleeName(Expr e) => e switch
    {
        Ident id => id.Name,
        SelectorExpr s => s.Sel.Name,
        ParenExpr p => CalleeName(p.X),
        IndexExpr ix => CalleeName(ix.X),
        _ => null,
    };

    public Symbol? Sym(string name, int occurrence = 0) => Info.SymbolOf(Id(name, occurrence));

    public GoType TypeOfId(string name, int occurrence = 0) => Info.TypeOf(Id(name, occurrence));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
