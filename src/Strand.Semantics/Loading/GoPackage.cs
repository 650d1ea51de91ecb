using System.Collections.Immutable;
using Strand.Syntax.Ast;

namespace Strand.Semantics;

public enum PackageKind
{
    /// <summary>An importable package.</summary>
    Library,

    /// <summary><c>package main</c>.</summary>
    Command,

    /// <summary>The in-package <c>_test.go</c> files of a package; their <see cref="GoPackage.Scope"/> is a child of the package's scope.</summary>
    InternalTest,

    /// <summary>A <c>package x_test</c> package.</summary>
    ExternalTest,
}

/// <summary>
/// A Go package as Strand loaded it. In-package test files form a separate
/// <see cref="PackageKind.InternalTest"/> package whose <see cref="Files"/> are only the test
/// files and whose <see cref="Scope"/> is a child of the package's scope (so test code sees the
/// package's declarations, and the package's own imports do not include the test files' imports).
/// Every file is in exactly one GoPackage. An external test's import of its package binds to
/// the test variant (it sees names declared in export_test.go files).
/// </summary>
public sealed class GoPackage
{
    internal GoPackage(string importPath, string name, string directory, PackageKind kind, ImmutableArray<GoFile> files, Scope scope, bool isStub)
    {
        ImportPath = importPath;
        Name = name;
        Directory = directory;
        Kind = kind;
        Files = files;
        Scope = scope;
        IsStub = isStub;
    }

    /// <summary>Import path: module path + directory for module packages, the directory path otherwise, the std path for stubs.</summary>
    public string ImportPath { get; }

    /// <summary>The package clause name.</summary>
    public string Name { get; }

    /// <summary>Directory as given/derived from the user's paths ('/' separators); "" for stubs.</summary>
    public string Directory { get; }

    public PackageKind Kind { get; }

    /// <summary>Files in path order.</summary>
    public ImmutableArray<GoFile> Files { get; }

    /// <summary>The package scope (all package-level declarations).</summary>
    public Scope Scope { get; }

    /// <summary>True for Strand's embedded standard-library stubs.</summary>
    public bool IsStub { get; }

    /// <summary>For an InternalTest package: the package under test (its scope is the parent scope).</summary>
    public GoPackage? TestOf { get; internal set; }

    public bool IsTest => Kind is PackageKind.InternalTest or PackageKind.ExternalTest;

    public override string ToString() => Kind switch
    {
        PackageKind.InternalTest => ImportPath + " [test]",
        PackageKind.ExternalTest => ImportPath + "_test",
        _ => ImportPath,
    };
}
