namespace Strand.Analysis.Tests.Support;

/// <summary>Where the repository and the corpus are, found from the test binary's folder upwards.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string TestData => Path.Combine(Root, "tests", "Strand.Analysis.Tests", "testdata");

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
