using System.Collections.Concurrent;
using System.Collections.Immutable;
using Strand.Model.Ir;
using Strand.Syntax.Ast;

namespace Strand.Model;

/// <summary>
/// The variables a function may still read from each instruction on (classic backward liveness over
/// the lowered code), and the variables a function literal may read whenever it runs. The explorer
/// forgets the others, so states that differ only in values nobody will look at again are one state.
/// Reads are over-approximated: a closure created at an instruction reads everything it mentions, a
/// receive or a select writes without killing, and a function whose code holds a construct this walk
/// does not know keeps all its variables (<see cref="FunctionLiveness.KeepsAll"/>).
/// </summary>
public sealed class LivenessAnalysis(ProgramModel model)
{
    private readonly ConcurrentDictionary<FuncModel, FunctionLiveness> _functions = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<FuncLit, ImmutableArray<int>?> _mentioned = new(ReferenceEqualityComparer.Instance);

    public FunctionLiveness Of(FuncModel f) => f.Liveness ??= _functions.GetOrAdd(f, Compute);

    /// <summary>Every variable the literal's body (and the literals inside it) mentions; null when unknown.</summary>
    public ImmutableArray<int>? Mentioned(FuncLit lit) => _mentioned.GetOrAdd(lit, l => Mention(l, []));

    private ImmutableArray<int>? Mention(FuncLit lit, HashSet<FuncLit> visiting)
    {
        if (model.Function(lit) is not { } m)
        {
            return null;
        }
        if (!visiting.Add(lit))
        {
            return []; // being collected further up: its mentions are added there
        }
        var reads = new SortedSet<int>();
        var walker = new ReadWalker(reads);
        foreach (var instr in m.Code)
        {
            walker.Instr(instr, m);
            foreach (var t in Writes(instr))
            {
                reads.Add(t); // a closure's own stores are mentions too: it may read them back later
            }
        }
        if (walker.Unknown)
        {
            return null;
        }
        foreach (var inner in walker.Closures)
        {
            if (Mention(inner, visiting) is not { } more)
            {
                return null;
            }
            reads.UnionWith(more);
        }
        return [.. reads];
    }

    private FunctionLiveness Compute(FuncModel f)
    {
        var n = f.Code.Length;
        var gen = new SortedSet<int>[n];
        var kill = new int[n][];
        var keepsAll = false;
        for (var pc = 0; pc < n; pc++)
        {
            var reads = new SortedSet<int>();
            var walker = new ReadWalker(reads);
            walker.Instr(f.Code[pc], f);
            foreach (var lit in walker.Closures)
            {
                if (Mentioned(lit) is { } m)
                {
                    reads.UnionWith(m);
                }
                else
                {
                    keepsAll = true;
                }
            }
            keepsAll |= walker.Unknown;
            gen[pc] = reads;
            kill[pc] = Kills(f.Code[pc]);
        }
        if (keepsAll)
        {
            return FunctionLiveness.All;
        }
        // Backward fixpoint over sorted sets; functions are small, so plain sets are fast enough.
        var live = new SortedSet<int>[n];
        for (var pc = 0; pc < n; pc++)
        {
            live[pc] = new SortedSet<int>(gen[pc]);
        }
        var changed = true;
        while (changed)
        {
            changed = false;
            for (var pc = n - 1; pc >= 0; pc--)
            {
                foreach (var next in f.Code[pc].Next)
                {
                    if (next < 0 || next >= n)
                    {
                        continue;
                    }
                    foreach (var v in live[next])
                    {
                        if (Array.IndexOf(kill[pc], v) < 0 && live[pc].Add(v))
                        {
                            changed = true;
                        }
                    }
                }
            }
        }
        return new FunctionLiveness([.. live.Select(s => s.ToImmutableArray())]);
    }

    /// <summary>Variables an instruction surely overwrites before anything after it reads them.</summary>
    private static int[] Kills(Instr instr) => instr switch
    {
        AssignInstr a => [.. a.Targets.OfType<LVar>().Select(v => v.Var.Id)],
        CallInstr c => [.. c.Results.OfType<LVar>().Select(v => v.Var.Id)],
        _ => [],
    };

    /// <summary>Variables an instruction may write: what it kills, and what a receive or select case assigns.</summary>
    private static IEnumerable<int> Writes(Instr instr) => instr switch
    {
        AssignInstr or CallInstr => Kills(instr),
        RecvInstr r => new[] { r.Value, r.Ok }.OfType<LVar>().Select(v => v.Var.Id),
        SelectInstr s => s.Cases.SelectMany(c => new[] { c.RecvValue, c.RecvOk }).OfType<LVar>().Select(v => v.Var.Id),
        _ => [],
    };

    /// <summary>Collects the variables an instruction reads, and the literals it creates.</summary>
    private sealed class ReadWalker(SortedSet<int> reads)
    {
        public List<FuncLit> Closures { get; } = [];

        /// <summary>Something this walk does not know how to read: keep everything.</summary>
        public bool Unknown { get; private set; }

        public void Instr(Instr instr, FuncModel f)
        {
            switch (instr)
            {
                case NopInstr or ChoiceInstr or PanicInstr or ExitInstr or GoexitInstr:
                    break;
                case AssignInstr a:
                    Each(a.Targets, Target);
                    Each(a.Values, Expr);
                    break;
                case CallInstr c:
                    Callee(c.Callee);
                    Each(c.Args, Expr);
                    Each(c.Results, Target);
                    break;
                case GoInstr g:
                    Callee(g.Callee);
                    Each(g.Args, Expr);
                    break;
                case DeferInstr d:
                    Callee(d.Callee);
                    Each(d.Args, Expr);
                    break;
                case SendInstr s:
                    Expr(s.Chan.Chan);
                    Expr(s.Value);
                    break;
                case RecvInstr r:
                    Expr(r.Chan.Chan);
                    Target(r.Value);
                    Target(r.Ok);
                    break;
                case SelectInstr sel:
                    foreach (var c in sel.Cases)
                    {
                        Expr(c.Chan.Chan);
                        if (c.IsSend)
                        {
                            Expr(c.SendValue);
                        }
                        Target(c.RecvValue);
                        Target(c.RecvOk);
                    }
                    break;
                case CloseInstr cl:
                    Expr(cl.Chan.Chan);
                    break;
                case BranchInstr b:
                    Expr(b.Cond);
                    break;
                case ReturnInstr r:
                    Each(r.Values, Expr);
                    Results(f);
                    break;
                case EndInstr:
                    Results(f);
                    break;
                default:
                    Unknown = true;
                    break;
            }
        }

        private static void Each<T>(ImmutableArray<T> items, Action<T> visit)
        {
            foreach (var x in items)
            {
                visit(x);
            }
        }

        private void Results(FuncModel f)
        {
            foreach (var v in f.Results)
            {
                reads.Add(v.Id);
            }
        }

        private void Callee(Callee callee)
        {
            switch (callee)
            {
                case Ir.Callee.Static or Ir.Callee.Builtin:
                    break;
                case Ir.Callee.Method m:
                    Expr(m.Receiver);
                    break;
                case Ir.Callee.Interface i:
                    Expr(i.Receiver);
                    break;
                case Ir.Callee.Value v:
                    Expr(v.Function);
                    break;
                case Ir.Callee.Std s:
                    Optional(s.Receiver);
                    break;
                case Ir.Callee.Unknown u:
                    Optional(u.Receiver);
                    break;
                default:
                    Unknown = true;
                    break;
            }
        }

        private void Target(LValue target)
        {
            switch (target)
            {
                case LVar or LBlank or LEscape:
                    break;
                case LField f:
                    Expr(f.X);
                    break;
                case LIndex ix:
                    Expr(ix.X);
                    Expr(ix.Index);
                    break;
                case LDeref d:
                    Expr(d.Pointer);
                    break;
                default:
                    Unknown = true;
                    break;
            }
        }

        private void Optional(MExpr? e)
        {
            if (e is not null)
            {
                Expr(e);
            }
        }

        private void Expr(MExpr e)
        {
            switch (e)
            {
                case MVar v:
                    reads.Add(v.Var.Id);
                    break;
                case MUnknown or MGlobal or MInt or MBool or MNil or MNonNil or MString or MFunc or MZero or MRecover:
                    break;
                case MField f:
                    Expr(f.X);
                    break;
                case MIndex ix:
                    Expr(ix.X);
                    Expr(ix.Index);
                    break;
                case MSlice sl:
                    Expr(sl.X);
                    Optional(sl.Low);
                    Optional(sl.High);
                    break;
                case MUnary u:
                    Expr(u.X);
                    break;
                case MBinary b:
                    Expr(b.X);
                    Expr(b.Y);
                    break;
                case MClosure c:
                    Closures.Add(c.Lit);
                    break;
                case MMethodValue mv:
                    Expr(mv.Receiver);
                    break;
                case MComposite c:
                    foreach (var (_, value) in c.Elements)
                    {
                        Expr(value);
                    }
                    break;
                case MMakeChan mc:
                    Optional(mc.Capacity);
                    break;
                case MMakeCollection mk:
                    Optional(mk.Length);
                    break;
                case MLen l:
                    Expr(l.X);
                    break;
                case MTypeAssert t:
                    Expr(t.X);
                    break;
                case MCopy cp:
                    Expr(cp.Dst);
                    Expr(cp.Src);
                    break;
                case MAppend ap:
                    Expr(ap.Slice);
                    Each(ap.Values, Expr);
                    break;
                case MRangeElement re:
                    Expr(re.X);
                    Expr(re.Index);
                    break;
                default:
                    Unknown = true;
                    break;
            }
        }
    }
}

/// <summary>Per instruction, the ids of the variables that may still be read (sorted); <see cref="All"/> keeps everything.</summary>
public sealed class FunctionLiveness(ImmutableArray<ImmutableArray<int>> liveIn)
{
    public static readonly FunctionLiveness All = new([]) { KeepsAll = true };

    public bool KeepsAll { get; private init; }

    public ImmutableArray<int> LiveAt(int pc) => pc >= 0 && pc < liveIn.Length ? liveIn[pc] : [];
}
