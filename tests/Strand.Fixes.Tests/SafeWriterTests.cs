using System.Text;
using Strand.Fixes.Writing;

namespace Strand.Fixes.Tests;

public sealed class SafeWriterTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("strand-writer-");

    public void Dispose() => _dir.Delete(recursive: true);

    private string Make(string name, byte[] content)
    {
        var path = Path.Combine(_dir.FullName, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    private string[] Roots => [_dir.FullName];

    [Fact]
    public void WritesAllFilesAndLeavesNoTemporaries()
    {
        var a = Make("a.go", "package a\n"u8.ToArray());
        var b = Make("b.go", "package b\n"u8.ToArray());
        var outcome = SafeWriter.Disk.WriteAll([new FileChange(a, "package a\n"u8.ToArray(), "package a // x\n"u8.ToArray()),
            new FileChange(b, "package b\n"u8.ToArray(), "package b // y\n"u8.ToArray())], Roots);
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors));
        Assert.Equal("package a // x\n", File.ReadAllText(a));
        Assert.Equal("package b // y\n", File.ReadAllText(b));
        Assert.Equal(2, _dir.GetFiles().Length);
    }

    [Fact]
    public void KeepsCrlfAndBomBytesAsGiven()
    {
        var original = Encoding.UTF8.GetPreamble().Concat("package a\r\n"u8.ToArray()).ToArray();
        var updated = Encoding.UTF8.GetPreamble().Concat("package a\r\n\r\nvar x = 1\r\n"u8.ToArray()).ToArray();
        var a = Make("a.go", original);
        Assert.True(SafeWriter.Disk.WriteAll([new FileChange(a, original, updated)], Roots).Succeeded);
        Assert.Equal(updated, File.ReadAllBytes(a));
    }

    [Fact]
    public void KeepsTheFileMode()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        var a = Make("a.go", "package a\n"u8.ToArray());
        var mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead;
        File.SetUnixFileMode(a, mode);
        Assert.True(SafeWriter.Disk.WriteAll([new FileChange(a, "package a\n"u8.ToArray(), "package b\n"u8.ToArray())], Roots).Succeeded);
        Assert.Equal(mode, File.GetUnixFileMode(a));
    }

    [Fact]
    public void RefusesAFileChangedSinceItWasRead()
    {
        var a = Make("a.go", "package a\n"u8.ToArray());
        var b = Make("b.go", "package b // edited by the user meanwhile\n"u8.ToArray());
        var outcome = SafeWriter.Disk.WriteAll([new FileChange(a, "package a\n"u8.ToArray(), "package a2\n"u8.ToArray()),
            new FileChange(b, "package b\n"u8.ToArray(), "package b2\n"u8.ToArray())], Roots);
        Assert.False(outcome.Succeeded);
        Assert.Contains(outcome.Errors, e => e.Contains("changed on disk", StringComparison.Ordinal));
        Assert.Equal("package a\n", File.ReadAllText(a));
        Assert.Equal("package b // edited by the user meanwhile\n", File.ReadAllText(b));
        Assert.Equal(2, _dir.GetFiles().Length);
    }

    [Fact]
    public void RefusesFilesOutsideTheGivenPaths()
    {
        var inside = Directory.CreateDirectory(Path.Combine(_dir.FullName, "inside"));
        var a = Make("a.go", "package a\n"u8.ToArray());
        var outcome = SafeWriter.Disk.WriteAll([new FileChange(a, "package a\n"u8.ToArray(), "package b\n"u8.ToArray())], [inside.FullName]);
        Assert.False(outcome.Succeeded);
        Assert.Equal("package a\n", File.ReadAllText(a));
        Assert.True(SafeWriter.IsUnder(Path.Combine(inside.FullName, "x.go"), [inside.FullName + "/..."]));
        Assert.False(SafeWriter.IsUnder(inside.FullName + "2/x.go", [inside.FullName]));
    }

    [Theory]
    [InlineData(FaultyFileSystem.Step.WriteTemp, 2)]
    [InlineData(FaultyFileSystem.Step.Replace, 1)]
    [InlineData(FaultyFileSystem.Step.Replace, 2)]
    [InlineData(FaultyFileSystem.Step.Replace, 3)]
    public void AFailureMidwayLeavesEveryFileOld(FaultyFileSystem.Step step, int failAt)
    {
        var names = new[] { "a.go", "b.go", "c.go" };
        var paths = names.Select(n => Make(n, Encoding.UTF8.GetBytes($"package {n[0]}\n"))).ToArray();
        var changes = paths.Select((p, i) => new FileChange(p, Encoding.UTF8.GetBytes($"package {names[i][0]}\n"),
            Encoding.UTF8.GetBytes($"package {names[i][0]}_new\n"))).ToList();
        var writer = new SafeWriter(new FaultyFileSystem(step, failAt));
        var outcome = writer.WriteAll(changes, Roots);
        Assert.False(outcome.Succeeded);
        for (var i = 0; i < names.Length; i++)
        {
            Assert.Equal($"package {names[i][0]}\n", File.ReadAllText(paths[i]));
        }
        Assert.Equal(3, _dir.GetFiles().Length); // no temporary left behind
    }
}

/// <summary>The real disk, except that the n-th call of one step throws an IOException.</summary>
public sealed class FaultyFileSystem(FaultyFileSystem.Step failing, int failAt) : IFileSystem
{
    public enum Step
    {
        WriteTemp,
        Replace,
    }

    private int _writes;
    private int _replaces;

    public byte[] ReadAllBytes(string path) => PhysicalFileSystem.Instance.ReadAllBytes(path);

    public void WriteAllBytes(string path, byte[] bytes)
    {
        if (failing == Step.WriteTemp && ++_writes == failAt)
        {
            throw new IOException("injected failure writing a temporary file");
        }
        PhysicalFileSystem.Instance.WriteAllBytes(path, bytes);
    }

    public void Replace(string source, string destination)
    {
        if (failing == Step.Replace && ++_replaces == failAt)
        {
            throw new IOException("injected failure renaming a temporary file");
        }
        PhysicalFileSystem.Instance.Replace(source, destination);
    }

    public void Delete(string path) => PhysicalFileSystem.Instance.Delete(path);

    public UnixFileMode? GetMode(string path) => PhysicalFileSystem.Instance.GetMode(path);

    public void SetMode(string path, UnixFileMode mode) => PhysicalFileSystem.Instance.SetMode(path, mode);
}
