using System.Collections.Immutable;

namespace Strand.Semantics;

/// <summary>A position-carrying problem met while loading: syntax errors, unreadable files, build or binding problems.</summary>
public sealed record LoadError(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}

/// <summary>The loaded, bound and typed program: the analysed packages plus the stubs they use.</summary>
public sealed class GoProgram
{
    internal GoProgram(ImmutableArray<GoPackage> packages, ImmutableArray<GoPackage> stubPackages, ImmutableArray<LoadError> errors, TypeInfo info)
    {
        Packages = packages;
        StubPackages = stubPackages;
        Errors = errors;
        Info = info;
    }

    /// <summary>Analysed packages (those named by the paths and module-internal imports), sorted by directory, then kind.</summary>
    public ImmutableArray<GoPackage> Packages { get; }

    /// <summary>Standard-library stub packages that were imported.</summary>
    public ImmutableArray<GoPackage> StubPackages { get; }

    /// <summary>Errors sorted by file, line, column.</summary>
    public ImmutableArray<LoadError> Errors { get; }

    public TypeInfo Info { get; }

    /// <summary>Names that should resolve inside a package but did not (<c>undefined: x</c>), sorted; kept apart
    /// from <see cref="Errors"/> because code that does not compile is still analysed.</summary>
    public ImmutableArray<LoadError> BindingErrors { get; init; } = [];

    /// <summary>Selectors on fully known types that found no field or method (a measure of the type model's gaps).</summary>
    public ImmutableArray<LoadError> UnresolvedSelectors { get; init; } = [];

    /// <summary>Imported packages taken already checked from a <see cref="LoadCache"/> instead of checked again.</summary>
    public int ReusedPackages { get; init; }

    /// <summary>Counts and phase times of the load (wall clock, milliseconds).</summary>
    public LoadStats Stats { get; init; } = new(0, 0, 0, 0, 0);
}

/// <summary>What a load did: files and packages bound, and wall time spent reading+parsing, checking, in total.</summary>
public sealed record LoadStats(int Files, int Packages, long ParseMilliseconds, long CheckMilliseconds, long TotalMilliseconds);
