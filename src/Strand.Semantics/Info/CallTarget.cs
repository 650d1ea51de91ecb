using System.Collections.Immutable;
using Strand.Syntax.Ast;

namespace Strand.Semantics;

/// <summary>What a call expression calls, as far as Strand can tell.</summary>
public abstract record CallTarget
{
    private CallTarget()
    {
    }

    /// <summary>A call of a declared function (possibly generic, possibly a stub with <see cref="FuncSymbol.StdPath"/>), or a method expression <c>T.M(x)</c>.</summary>
    public sealed record StaticFunction(FuncSymbol Function) : CallTarget;

    /// <summary>A call of a concrete method on <paramref name="Receiver"/> (value or pointer receiver, possibly promoted through embedding).</summary>
    public sealed record Method(FuncSymbol Function, Expr Receiver) : CallTarget
    {
        /// <summary>
        /// The embedded fields between <see cref="Receiver"/> and the method's actual receiver, outermost
        /// first: <c>s.Lock()</c> on <c>struct{ sync.Mutex }</c> gives ["Mutex"]; empty for a direct method.
        /// </summary>
        public ImmutableArray<string> EmbeddedPath { get; init; } = [];
    }

    /// <summary>
    /// A call through an interface: <paramref name="Candidates"/> are the methods of every named type
    /// in the program (stubs included) that implements the interface; <paramref name="Open"/> when an
    /// implementation Strand cannot see may exist.
    /// </summary>
    public sealed record InterfaceMethod(string Name, ImmutableArray<FuncSymbol> Candidates, bool Open, Expr Receiver, InterfaceType Interface) : CallTarget
    {
        /// <summary>The embedded fields between <see cref="Receiver"/> and the interface value (empty when Receiver is the interface).</summary>
        public ImmutableArray<string> EmbeddedPath { get; init; } = [];
    }

    /// <summary>A call of a function value: a variable, parameter, field, closure or call result.</summary>
    public sealed record FuncValue(Expr Value) : CallTarget;

    /// <summary>A call of a predeclared function (make, close, len, ...).</summary>
    public sealed record Builtin(string Name) : CallTarget;

    /// <summary>A conversion <c>T(x)</c>.</summary>
    public sealed record Conversion(GoType Type) : CallTarget;

    /// <summary>Nothing known (an unknown package's function, a broken expression).</summary>
    public sealed record Unknown : CallTarget
    {
        public static readonly Unknown Instance = new();
    }
}
