using System.Collections.Concurrent;
using Strand.Model.Ir;
using Strand.Model.Lowering;
using Strand.Semantics;
using Strand.Syntax.Ast;

namespace Strand.Model;

/// <summary>
/// The model of a loaded program: functions are lowered on first use and cached (safe from
/// several threads). Variables are shared between the lowering of a function and the closures
/// inside it, so captured variables are the same slot.
/// </summary>
public sealed class ProgramModel
{
    private readonly ConcurrentDictionary<Node, FuncModel> _functions = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<VarSymbol, Variable> _variables = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<Node, GoFile> _fileOf = new(ReferenceEqualityComparer.Instance);
    private long _loweringTicks;
    private readonly ConcurrentDictionary<VarSymbol, bool> _sentinels = new(ReferenceEqualityComparer.Instance);

    public ProgramModel(TypeInfo info)
    {
        Info = info;
        Inert = new InertAnalysis(this);
        Liveness = new LivenessAnalysis(this);
        GoroutineReach = new GoroutineReach(info);
    }

    /// <summary>Which functions cannot matter for blocking (their calls are skipped).</summary>
    public InertAnalysis Inert { get; }

    /// <summary>Which functions can start a goroutine when run (tests and init that cannot are not explored).</summary>
    public GoroutineReach GoroutineReach { get; }

    /// <summary>Which variables may still be read (the explorer forgets the others).</summary>
    public LivenessAnalysis Liveness { get; }

    public TypeInfo Info { get; }

    /// <summary>Time spent lowering functions so far (Stopwatch ticks, summed over threads), for --stats.</summary>
    public long LoweringTicks => Interlocked.Read(ref _loweringTicks);

    /// <summary>Registers the file of every function declaration so literals inside can find it.</summary>
    public void AddFile(GoFile file)
    {
        foreach (var d in file.Decls)
        {
            if (d is FuncDecl fd)
            {
                _fileOf[fd] = file;
            }
            else if (d is GenDecl { Tok: Syntax.Tokens.Token.Var } g)
            {
                AddSentinels(g);
            }
        }
    }

    /// <summary>
    /// A package-level <c>var ErrX = errors.New("...")</c> (or fmt.Errorf): a distinct error value, so
    /// <c>err == ErrX</c> is decidable when err holds a sentinel. Aliases (<c>var A = B</c>) are not sentinels.
    /// </summary>
    public bool IsSentinel(VarSymbol v) => _sentinels.ContainsKey(v);

    private void AddSentinels(GenDecl g)
    {
        foreach (var spec in g.Specs.OfType<ValueSpec>())
        {
            if (spec.Names.Length != spec.Values.Length)
            {
                continue;
            }
            for (var i = 0; i < spec.Names.Length; i++)
            {
                if (spec.Values[i] is CallExpr call && StdCalls.PathOf(Info, call) is "errors.New" or "fmt.Errorf"
                    && Info.SymbolOf(spec.Names[i]) is VarSymbol { Kind: VarKind.Global } v)
                {
                    _sentinels[v] = true;
                }
            }
        }
    }

    public GoFile? FileOf(Node function) => _fileOf.GetValueOrDefault(function);

    internal void RegisterLiteral(FuncLit lit, GoFile file) => _fileOf[lit] = file;

    /// <summary>The model of a declared function, or null when it has no body or no known file.</summary>
    public FuncModel? Function(FuncDecl decl)
    {
        if (decl.Body is null)
        {
            return null;
        }
        if (_functions.TryGetValue(decl, out var m))
        {
            return m;
        }
        var file = FileOf(decl);
        return file is null ? null : _functions.GetOrAdd(decl, _ => Timed(() => FunctionLowerer.Lower(this, decl, file)));
    }

    /// <summary>The model of a function literal (its file is known once the enclosing function was lowered).</summary>
    public FuncModel? Function(FuncLit lit)
    {
        if (_functions.TryGetValue(lit, out var m))
        {
            return m;
        }
        var file = FileOf(lit);
        return file is null ? null : _functions.GetOrAdd(lit, _ => Timed(() => FunctionLowerer.Lower(this, lit, file)));
    }

    public FuncModel? Function(FuncSymbol f) => f.Decl is { } d && f.StdPath is null && f.Package is { IsStub: false } ? Function(d) : null;

    private FuncModel Timed(Func<FuncModel> lower)
    {
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        var m = lower();
        Interlocked.Add(ref _loweringTicks, System.Diagnostics.Stopwatch.GetTimestamp() - start);
        return m;
    }

    internal Variable VariableFor(VarSymbol symbol, Node fallbackOwner) =>
        _variables.GetOrAdd(symbol, s => new Variable(s.Name, s.Owner ?? fallbackOwner, s, s.Type));
}
