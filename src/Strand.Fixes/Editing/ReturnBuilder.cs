using Strand.Fixes.Syntax;
using Strand.Syntax.Ast;

namespace Strand.Fixes.Editing;

/// <summary>
/// The <c>return</c> a goroutine uses to give up: bare when the function has no results or named
/// ones; otherwise zero values, with <c>errorValue</c> (e.g. <c>ctx.Err()</c>) for error results.
/// </summary>
public static class ReturnBuilder
{
    private static readonly HashSet<string> Numeric =
    [
        "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64", "uintptr",
        "float32", "float64", "complex64", "complex128", "byte", "rune",
    ];

    public static string Build(SourceDocument document, FunctionScope function, string errorValue)
    {
        var results = function.Type.Results;
        if (results is null || results.List.Length == 0 || results.List.Any(f => !f.Names.IsEmpty))
        {
            return "return";
        }
        var values = new List<string>();
        foreach (var field in results.List)
        {
            values.Add(field.Type is null ? "nil" : Zero(document, field.Type, errorValue));
        }
        return "return " + string.Join(", ", values);
    }

    /// <summary>True when the function's last result is <c>error</c> (so a reason can be returned).</summary>
    public static bool ReturnsError(FunctionScope function) =>
        function.Type.Results is { List.Length: > 0 } results && results.List[^1].Type is Ident { Name: "error" };

    private static string Zero(SourceDocument document, Expr type, string errorValue)
    {
        switch (GoSyntax.Unparen(type))
        {
            case Ident { Name: "error" }:
                return errorValue;
            case Ident { Name: "bool" }:
                return "false";
            case Ident { Name: "string" }:
                return "\"\"";
            case Ident { Name: "any" }:
                return "nil";
            case Ident id when Numeric.Contains(id.Name):
                return "0";
            case Ident id when IsStructType(document.File, id.Name):
                return $"{id.Name}{{}}";
            case StarExpr or MapType or ChanType or FuncType or InterfaceType or ArrayType { Len: null }:
                return "nil";
            case StructType or ArrayType:
                return document.Text(type) + "{}";
            default:
                // Valid for every type, including named non-struct ones and other packages' types.
                return $"*new({document.Text(type)})";
        }
    }

    private static bool IsStructType(GoFile file, string name) =>
        file.Decls.OfType<GenDecl>().SelectMany(d => d.Specs).OfType<TypeSpec>()
            .Any(s => s.Name.Name == name && s.TypeParams is null && s.Type is StructType);
}
