using Strand.Model.Ir;
using Strand.Semantics;
using Strand.Syntax.Ast;

namespace Strand.Model.Tests;

/// <summary>Loads one Go source file from a fresh temporary directory into a program model.</summary>
internal static class ModelHarness
{
    public static (ProgramModel Model, GoProgram Program) Load(string source)
    {
        var dir = Path.Combine(Path.GetTempPath(), "strand-model-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, "m.go");
        File.WriteAllText(path, source);
        var program = ProgramLoader.Load([path]);
        var model = new ProgramModel(program.Info);
        foreach (var f in program.Packages.SelectMany(p => p.Files))
        {
            model.AddFile(f);
        }
        return (model, program);
    }

    /// <summary>The lowered function declared as <paramref name="name"/>.</summary>
    public static (ProgramModel Model, FuncModel Fn) Function(string source, string name)
    {
        var (model, program) = Load(source);
        var decl = program.Packages.SelectMany(p => p.Files).SelectMany(f => f.Decls).OfType<FuncDecl>().Single(d => d.Name.Name == name);
        return (model, model.Function(decl)!);
    }
}
