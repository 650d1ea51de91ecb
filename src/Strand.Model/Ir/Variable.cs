using Strand.Semantics;
using Strand.Syntax.Ast;

namespace Strand.Model.Ir;

/// <summary>
/// A storage slot of a function: a source variable (local, parameter, result, receiver) or a
/// temporary introduced by lowering. <see cref="Owner"/> is the function (FuncDecl or FuncLit)
/// whose frame holds it, so a closure finds captured variables by walking its environments.
/// </summary>
public sealed class Variable
{
    private static int s_next;

    public Variable(string name, Node owner, VarSymbol? symbol, GoType type)
    {
        Name = name;
        Owner = owner;
        Symbol = symbol;
        Type = type;
        Id = Interlocked.Increment(ref s_next);
    }

    public int Id { get; }
    public string Name { get; }
    public Node Owner { get; }
    public VarSymbol? Symbol { get; }
    public GoType Type { get; }
    public bool IsTemp => Symbol is null;

    public override string ToString() => Name;
}
