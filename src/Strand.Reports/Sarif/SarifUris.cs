namespace Strand.Reports.Sarif;

/// <summary>
/// Turns report paths into SARIF artifact locations: a path under the base directory becomes a
/// relative URI with <c>uriBaseId</c> SRCROOT (so logs are portable between checkouts); any other
/// path becomes an absolute <c>file://</c> URI.
/// </summary>
internal sealed class SarifUris
{
    public const string BaseId = "SRCROOT";

    private readonly string _baseDirectory;
    private readonly string _base;

    public SarifUris(string baseDirectory)
    {
        _baseDirectory = Path.GetFullPath(baseDirectory);
        var full = _baseDirectory.Replace('\\', '/');
        _base = full.EndsWith('/') ? full : full + "/";
    }

    /// <summary>The absolute file URI of the base directory, ending in '/'.</summary>
    public string BaseUri => new Uri(_base).AbsoluteUri.TrimEnd('/') + "/";

    public (string Uri, string? BaseId) Locate(string path)
    {
        // Relative paths in findings are relative to the base (the directory strand ran in).
        var full = Path.GetFullPath(path, _baseDirectory).Replace('\\', '/');
        if (full.StartsWith(_base, StringComparison.Ordinal))
        {
            var relative = full[_base.Length..];
            return (string.Join('/', relative.Split('/').Select(Uri.EscapeDataString)), BaseId);
        }
        return (new Uri(full).AbsoluteUri, null);
    }
}
