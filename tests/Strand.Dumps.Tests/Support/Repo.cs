namespace Strand.Dumps.Tests.Support;

/// <summary>Finds the repository root (the folder with Strand.slnx) and the inputs beside it.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    /// <summary>The shared samples: <c>../shared/dumps</c> relative to the repository root (where CI puts them).</summary>
    public static string SharedDumps => Path.GetFullPath(Path.Combine(Root, "..", "shared", "dumps"));

    public static bool HasSharedDumps => Directory.Exists(SharedDumps);

    public static string TestData(string name) => Path.Combine(Root, "tests", "Strand.Dumps.Tests", "testdata", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Strand.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Strand.slnx not found above " + AppContext.BaseDirectory);
    }
}
