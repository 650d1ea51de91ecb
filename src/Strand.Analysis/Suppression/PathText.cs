namespace Strand.Analysis.Suppression;

/// <summary>Paths as reports print them: '/' separators, and a key that ignores "./" and relative vs absolute.</summary>
internal static class PathText
{
    public static string Normalize(string path) => path.Replace('\\', '/');

    public static string Key(string path)
    {
        try
        {
            return Normalize(Path.GetFullPath(path));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return Normalize(path);
        }
    }
}
