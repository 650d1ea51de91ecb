namespace Strand.Syntax.Tests.Cli;

/// <summary>A temporary directory of Go files for one test, deleted afterwards.</summary>
public sealed class GoTree : IDisposable
{
    public GoTree() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), $"strand-parse-{Guid.NewGuid():N}");

    /// <summary>Writes a file (creating its directories) and returns its full path.</summary>
    public string Add(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
