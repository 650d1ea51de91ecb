using System.Collections.Concurrent;
using System.Collections.Immutable;
using Strand.Syntax.Ast;

namespace Strand.Semantics;

/// <summary>
/// Checked packages shared by the loads of one session: a <c>strand check</c> run and the re-analyses
/// that verify its remedies, which load the same imports again and again. A load fills it with the
/// packages it checked and takes from it the imported packages whose inputs are provably unchanged
/// (see <see cref="LoadSession"/>). Thread-safe: verifications load in parallel.
/// <para>
/// Sharing is safe because a checked package is not written again: a checker writes only its own
/// unit (tables, lists) and the symbols and types it declares; methods are added only to types of
/// its own package (PackageChecker.IsOwnPackage), and Resolve only resolves its own declarations.
/// Loads already read checked imports from several threads at once (units of one level are checked
/// in parallel); sharing across loads adds readers, never writers.
/// </para>
/// </summary>
public sealed class LoadCache
{
    private readonly ConcurrentDictionary<(string UserDir, string FullDir), CachedPackage> _packages = new();

    internal CachedPackage? Find(string userDir, string fullDir) => _packages.GetValueOrDefault((userDir, fullDir));

    /// <summary>Keeps the first package checked for a directory: later ones are equivalent or not reusable anyway.</summary>
    internal void Remember(CachedPackage package) => _packages.TryAdd((package.UserDir, package.FullDir), package);
}

/// <summary>
/// A checked importable package: its directory as loaded, its files (the parsed trees, which the parse
/// cache hands out again only for identical bytes), and the checked unit with what it imported.
/// </summary>
internal sealed record CachedPackage(string UserDir, string FullDir, string ImportPath, ImmutableArray<GoFile> Files, CheckUnit Unit);
