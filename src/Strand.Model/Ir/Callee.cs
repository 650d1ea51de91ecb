using System.Collections.Immutable;
using Strand.Semantics;

namespace Strand.Model.Ir;

/// <summary>What a call, go or defer statement invokes.</summary>
public abstract record Callee
{
    private Callee()
    {
    }

    /// <summary>A function declared in the analysed program.</summary>
    public sealed record Static(FuncSymbol Function) : Callee;

    /// <summary>A concrete method declared in the analysed program.</summary>
    public sealed record Method(FuncSymbol Function, MExpr Receiver) : Callee;

    /// <summary>A call through an interface: dispatched on the receiver's dynamic type when Strand knows it.</summary>
    public sealed record Interface(string Name, ImmutableArray<FuncSymbol> Candidates, bool Open, MExpr Receiver) : Callee;

    /// <summary>A call of a function value (closure, func variable, method value).</summary>
    public sealed record Value(MExpr Function) : Callee;

    /// <summary>A standard-library function or method Strand models (<c>time.After</c>, <c>sync.WaitGroup.Add</c>...).</summary>
    public sealed record Std(string Path, MExpr? Receiver) : Callee;

    /// <summary>A predeclared function with an effect that matters (close, panic, recover).</summary>
    public sealed record Builtin(string Name) : Callee;

    /// <summary>Code Strand cannot see: arguments escape.</summary>
    public sealed record Unknown(MExpr? Receiver, bool KnownStd) : Callee;
}
