namespace Strand.Semantics;

/// <summary>
/// Loads Go packages from paths (files, directories, <c>dir/...</c> and <c>./...</c> patterns),
/// binds names and types them. Never throws for bad input: problems become <see cref="LoadError"/>s.
/// </summary>
public static class ProgramLoader
{
    /// <summary>
    /// Loads the packages named by <paramref name="paths"/> plus the module-internal packages they
    /// import. <paramref name="overlay"/> maps file paths to contents that replace (or add to) what
    /// is on disk.
    /// </summary>
    /// <param name="cache">Checked packages of earlier loads of the same session to reuse (and to add to); null: check everything.</param>
    public static GoProgram Load(IReadOnlyList<string> paths, IReadOnlyDictionary<string, byte[]>? overlay = null, LoadCache? cache = null)
    {
        try
        {
            return new LoadSession(overlay, cache).Run(paths);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Last line of defence: a bug in the loader becomes an error, never a crash of the caller.
            var error = new LoadError(paths.Count > 0 ? paths[0] : "", 0, 0, $"internal error while loading: {e.GetType().Name}: {e.Message}");
            return new GoProgram([], [], [error], new TypeInfo(new CheckerTables(), new MethodSets()));
        }
    }
}
