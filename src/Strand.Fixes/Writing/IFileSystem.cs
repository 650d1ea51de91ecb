namespace Strand.Fixes.Writing;

/// <summary>The few file operations the safe writer needs; tests inject failures through it.</summary>
public interface IFileSystem
{
    byte[] ReadAllBytes(string path);
    void WriteAllBytes(string path, byte[] bytes);

    /// <summary>Renames <paramref name="source"/> over <paramref name="destination"/> (atomic on one volume).</summary>
    void Replace(string source, string destination);

    void Delete(string path);
    UnixFileMode? GetMode(string path);
    void SetMode(string path, UnixFileMode mode);
}

/// <summary>The real disk.</summary>
public sealed class PhysicalFileSystem : IFileSystem
{
    public static readonly PhysicalFileSystem Instance = new();

    public byte[] ReadAllBytes(string path) => File.ReadAllBytes(path);

    public void WriteAllBytes(string path, byte[] bytes)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        stream.Write(bytes);
        stream.Flush(flushToDisk: true);
    }

    public void Replace(string source, string destination) => File.Move(source, destination, overwrite: true);

    public void Delete(string path) => File.Delete(path);

    public UnixFileMode? GetMode(string path) => OperatingSystem.IsWindows() ? null : File.GetUnixFileMode(path);

    public void SetMode(string path, UnixFileMode mode)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, mode);
        }
    }
}
