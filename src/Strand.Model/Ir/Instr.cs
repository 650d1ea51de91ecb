using System.Collections.Immutable;
using Strand.Semantics;
using Strand.Syntax.Ast;

namespace Strand.Model.Ir;

/// <summary>Where an assignment stores.</summary>
public abstract record LValue;

public sealed record LVar(Variable Var) : LValue;

public sealed record LField(MExpr X, string Name) : LValue;

public sealed record LIndex(MExpr X, MExpr Index) : LValue;

/// <summary><c>*p = v</c> with p a local pointer: the pointee's fields become v's (a reset method's <c>*b = T{...}</c>).</summary>
public sealed record LDeref(MExpr Pointer) : LValue;

/// <summary>A package-level variable, or a store through a pointer Strand does not follow: the value escapes.</summary>
public sealed record LEscape : LValue
{
    public static readonly LEscape Instance = new();
}

public sealed record LBlank : LValue
{
    public static readonly LBlank Instance = new();
}

/// <summary>
/// One node of a function's control-flow graph. <see cref="Next"/> holds the successors (their
/// meaning depends on the kind); <see cref="Site"/> is the syntax it came from, for positions.
/// </summary>
public abstract class Instr(Node site)
{
    public Node Site { get; } = site;
    public int[] Next { get; set; } = [];
}

public sealed class NopInstr(Node site) : Instr(site);

public sealed class AssignInstr(Node site, ImmutableArray<LValue> targets, ImmutableArray<MExpr> values) : Instr(site)
{
    public ImmutableArray<LValue> Targets { get; } = targets;
    public ImmutableArray<MExpr> Values { get; } = values;
}

public sealed class CallInstr(Node site, Callee callee, ImmutableArray<MExpr> args, ImmutableArray<LValue> results) : Instr(site)
{
    public Callee Callee { get; } = callee;
    public ImmutableArray<MExpr> Args { get; } = args;
    public ImmutableArray<LValue> Results { get; } = results;
}

public sealed class GoInstr(GoStmt site, Callee callee, ImmutableArray<MExpr> args) : Instr(site)
{
    public GoStmt Go => (GoStmt)Site;
    public Callee Callee { get; } = callee;
    public ImmutableArray<MExpr> Args { get; } = args;
}

public sealed class DeferInstr(DeferStmt site, Callee callee, ImmutableArray<MExpr> args) : Instr(site)
{
    public Callee Callee { get; } = callee;
    public ImmutableArray<MExpr> Args { get; } = args;
}

/// <summary>How a receive appears in the source (for the check that reports it).</summary>
public enum RecvForm
{
    Plain,
    Range,
}

/// <summary>A channel operand as written, for messages.</summary>
public sealed record ChanRef(MExpr Chan, string Text, Expr Syntax);

public sealed class SendInstr(Node site, ChanRef chan, MExpr value) : Instr(site)
{
    public ChanRef Chan { get; } = chan;
    public MExpr Value { get; } = value;
}

public sealed class RecvInstr(Node site, ChanRef chan, LValue value, LValue ok, RecvForm form) : Instr(site)
{
    public ChanRef Chan { get; } = chan;
    public LValue Value { get; } = value;
    public LValue Ok { get; } = ok;
    public RecvForm Form { get; } = form;
}

public sealed record SelectCase(bool IsSend, ChanRef Chan, MExpr SendValue, LValue RecvValue, LValue RecvOk, CommClause Clause);

/// <summary>A select: Next[i] continues case i; with a default, Next[^1] continues the default.</summary>
public sealed class SelectInstr(SelectStmt site, ImmutableArray<SelectCase> cases, bool hasDefault) : Instr(site)
{
    public ImmutableArray<SelectCase> Cases { get; } = cases;
    public bool HasDefault { get; } = hasDefault;
    public SelectStmt Select => (SelectStmt)Site;
}

public sealed class CloseInstr(Node site, ChanRef chan) : Instr(site)
{
    public ChanRef Chan { get; } = chan;
}

/// <summary>Next[0] when the condition holds, Next[1] otherwise.</summary>
public sealed class BranchInstr(Node site, MExpr cond) : Instr(site)
{
    public MExpr Cond { get; } = cond;
}

/// <summary>A nondeterministic choice between all successors.</summary>
public sealed class ChoiceInstr(Node site) : Instr(site);

public sealed class ReturnInstr(Node site, ImmutableArray<MExpr> values) : Instr(site)
{
    public ImmutableArray<MExpr> Values { get; } = values;
}

public sealed class PanicInstr(Node site) : Instr(site);

/// <summary>The whole program stops (os.Exit, log.Fatal).</summary>
public sealed class ExitInstr(Node site) : Instr(site);

/// <summary>The goroutine stops after running its defers (runtime.Goexit, t.Fatal).</summary>
public sealed class GoexitInstr(Node site) : Instr(site);

/// <summary>Function end (falling off the body): like a bare return.</summary>
public sealed class EndInstr(Node site) : Instr(site);

/// <summary>A lowered function: its code, entry, parameters and named results.</summary>
public sealed class FuncModel(Node decl, string name, GoFile file, ImmutableArray<Instr> code, ImmutableArray<Variable> parameters, Variable? receiver, ImmutableArray<Variable> results, bool recovers)
{
    /// <summary>The FuncDecl or FuncLit.</summary>
    public Node Decl { get; } = decl;
    public string Name { get; } = name;
    public GoFile File { get; } = file;
    public ImmutableArray<Instr> Code { get; } = code;
    public ImmutableArray<Variable> Parameters { get; } = parameters;
    public Variable? Receiver { get; } = receiver;
    public ImmutableArray<Variable> Results { get; } = results;

    /// <summary>True when the body calls recover() (so a deferred call of it stops a panic).</summary>
    public bool Recovers { get; } = recovers;

    public const int Entry = 0;

    /// <summary>Cache of <see cref="LivenessAnalysis.Of"/> (asked for every frame of every state; set once, races write the same answer).</summary>
    internal FunctionLiveness? Liveness { get; set; }
}
