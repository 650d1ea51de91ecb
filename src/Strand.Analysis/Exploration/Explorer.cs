using System.Collections.Immutable;
using System.Diagnostics;
using Strand.Model;
using Strand.Model.Ir;
using Strand.Syntax.Ast;

namespace Strand.Analysis.Exploration;

/// <summary>
/// Limits of one entry's exploration (states and interpreter steps, deterministic; time only as a last
/// guard, far above what any entry needs, so that a loaded machine does not change the results);
/// hitting one makes the entry inconclusive, never a hang. Once a state of the entry had to be cut
/// (<see cref="State.Truncated"/>: too many local paths, steps or goroutines), its answer is already
/// approximate and the smaller <paramref name="MaxStatesApproximate"/>/<paramref name="MaxStepsApproximate"/>
/// apply: over the standard library no finding needs more than 60 states of such an entry, while
/// they were 69% of all states explored (docs/benchmarks.md, session 3).
/// </summary>
public sealed record ExploreBudget(int MaxStates = 600, long MaxSteps = 25_000, int MaxMilliseconds = 60_000, int MaxStatesApproximate = 100, long MaxStepsApproximate = 4_000)
{
    public static readonly ExploreBudget Default = new();
}

/// <summary>A goroutine that nothing can ever wake, with the state it is stuck in and how it got there.</summary>
public sealed record StuckGoroutine(
    GoInstr? Spawn,
    FuncModel? Started,
    FuncModel Function,
    Instr Op,
    State State,
    Goroutine Goroutine,
    ImmutableArray<StepEvent> Witness);

public sealed record ExplorationResult(
    ImmutableArray<StuckGoroutine> Stuck,
    int States,
    bool Inconclusive,
    IReadOnlyDictionary<Strand.Syntax.Ast.Node, HashSet<(char Kind, Strand.Model.Ir.FuncModel Function)>> ChannelUsers);

/// <summary>
/// Explicit-state search over the interleavings of one entry's goroutines. Local steps run
/// eagerly (only visible operations interleave), states are hashed, and once the graph is
/// built a backward pass finds, per goroutine, the states from which it can still move: a
/// goroutine in a state outside that set is stuck forever.
/// </summary>
public sealed class Explorer
{
    private sealed record Node(State State, int Parent, ImmutableList<StepEvent> Events);

    private readonly ProgramModel _model;
    private readonly ExploreBudget _budget;

    public Explorer(ProgramModel model, ExploreBudget? budget = null)
    {
        _model = model;
        _budget = budget ?? ExploreBudget.Default;
    }

    public ExplorationResult Explore(FuncModel entry, bool isMain)
    {
        var interp = new Interpreter(_model) { EntryIsMain = isMain, EntryExported = entry.Decl is not FuncDecl { Name.Name: var n } || n.Length > 0 && char.IsUpper(n[0]) };
        var clock = Stopwatch.StartNew();
        var nodes = new List<Node>();
        var index = new Dictionary<StateKey, int>();
        var edges = new List<(int From, int To, ImmutableArray<int> Movers)>();
        var queue = new Queue<int>();
        var inconclusive = false;
        var truncated = false;

        int Add(State s, int parent, ImmutableList<StepEvent> ev)
        {
            // The key is computed without renumbering: most successors are known already, and only
            // new states pay for renumbering (stored states stay canonical, as the moves depend on it).
            DeadVariables.Prune(s, _model.Liveness); // states that differ only in dead values are one state
            var order = s.KeyAndOrder(out var key);
            if (order.Dangling)
            {
                s.Renumber(order); // values pointing at missing objects become unknown: the key changes
                key = s.Key();
                order = null;
            }
            if (index.TryGetValue(key, out var known))
            {
                order?.Release();
                return known;
            }
            if (order is not null)
            {
                s.Renumber(order);
            }
            s.Freeze(); // read and copied from now on: copies share its objects
            var id = nodes.Count;
            truncated |= s.Truncated;
            nodes.Add(new Node(s, parent, ev));
            index[key] = id;
            queue.Enqueue(id);
            return id;
        }

        var init = new State();
        var g0 = new Goroutine { Id = 1 };
        var env = new EnvObj { Owner = entry.Decl };
        var frame = new Frame { Fn = entry, Env = init.Alloc(env) };
        g0.Frames.Add(frame);
        init.Goroutines.Add(g0);
        foreach (var r in interp.RunLocal(init, 1, ImmutableList<StepEvent>.Empty))
        {
            Add(r.State, -1, r.Events);
        }

        var expanded = new HashSet<int>();
        while (queue.Count > 0)
        {
            var (maxStates, maxSteps) = truncated
                ? (Math.Min(_budget.MaxStates, _budget.MaxStatesApproximate), Math.Min(_budget.MaxSteps, _budget.MaxStepsApproximate))
                : (_budget.MaxStates, _budget.MaxSteps);
            if (nodes.Count > maxStates || interp.TotalSteps > maxSteps || clock.ElapsedMilliseconds > _budget.MaxMilliseconds)
            {
                inconclusive = true;
                break;
            }
            var id = queue.Dequeue();
            expanded.Add(id);
            var state = nodes[id].State;
            foreach (var move in interp.Enumerate(state))
            {
                foreach (var succ in interp.Apply(state, move))
                {
                    var to = Add(succ.State, id, succ.Events);
                    edges.Add((id, to, succ.Movers));
                }
            }
        }

        var stuck = FindStuck(nodes, edges, expanded, interp);
        return new ExplorationResult(stuck, nodes.Count, inconclusive, interp.Users);
    }

    private static ImmutableArray<StuckGoroutine> FindStuck(List<Node> nodes, List<(int From, int To, ImmutableArray<int> Movers)> edges, HashSet<int> expanded, Interpreter interp)
    {
        var n = nodes.Count;
        var reverse = new List<int>[n];
        for (var i = 0; i < n; i++)
        {
            reverse[i] = [];
        }
        foreach (var (from, to, _) in edges)
        {
            reverse[to].Add(from);
        }
        var ids = nodes.SelectMany(x => x.State.Goroutines.Select(g => g.Id)).Distinct().Order().ToList();
        var result = ImmutableArray.CreateBuilder<StuckGoroutine>();
        var reported = new HashSet<(GoInstr?, Instr)>();
        var canMove = new Dictionary<int, bool[]>();
        foreach (var gid in ids)
        {
            canMove[gid] = CanMove(nodes, edges, reverse, expanded, gid);
        }
        foreach (var gid in ids)
        {
            var can = canMove[gid];
            for (var i = 0; i < n; i++)
            {
                if (can[i])
                {
                    continue;
                }
                var state = nodes[i].State;
                var g = state.Find(gid);
                if (g is null || g.InCaller || g.Top is not { } top || top.Returning && interp.DeferredBadUnlock(state, g) is null || top.Calling)
                {
                    continue;
                }
                if (state.EntryGoexited)
                {
                    continue; // left behind by a test that already failed (t.Fatal): not worth a report
                }
                if (g.Spawn is null && !interp.EntryIsMain)
                {
                    continue; // the entry itself waiting depends on inputs Strand chose; too easy to get wrong
                }
                // While the entry still runs, a goroutine is reported only if the entry can still move:
                // an entry stuck too usually means the model lost track of something, not two bugs
                // (unless main waits on a lock, WaitGroup, Cond or Once the model follows: a real cycle).
                if (g.Spawn is not null && state.Goroutines.Find(x => x.Spawn is null && x.Frames.Count > 0) is { } entryG
                    && (!interp.EntryIsMain || !canMove[entryG.Id][i] && !interp.BlockedOnSync(state, entryG) && interp.BlockedLock(state, g).Mutex is null))
                {
                    continue;
                }
                if (state.CallerDropped && g.Spawn is not null && interp.Terminated.Contains(g.Spawn))
                {
                    continue; // the caller could have released it (Close/Stop) before dropping it
                }
                var op = top.Fn.Code[top.Pc];
                if (!reported.Add((g.Spawn, op)))
                {
                    continue;
                }
                result.Add(new StuckGoroutine(g.Spawn, g.StartedFunction, top.Fn, op, state, g, Witness(nodes, i)));
            }
        }
        return result.ToImmutable();
    }

    /// <summary>For each state, whether goroutine <paramref name="gid"/> can still take a step in some continuation.</summary>
    private static bool[] CanMove(List<Node> nodes, List<(int From, int To, ImmutableArray<int> Movers)> edges, List<int>[] reverse, HashSet<int> expanded, int gid)
    {
        var n = nodes.Count;
        {
            // states from which goroutine gid can still take a step
            var can = new bool[n];
            var work = new Queue<int>();
            for (var i = 0; i < n; i++)
            {
                if (!expanded.Contains(i) || nodes[i].State.Truncated)
                {
                    can[i] = true;
                    work.Enqueue(i);
                }
            }
            foreach (var (from, _, movers) in edges)
            {
                if (movers.Contains(gid) && !can[from])
                {
                    can[from] = true;
                    work.Enqueue(from);
                }
            }
            while (work.Count > 0)
            {
                var i = work.Dequeue();
                foreach (var p in reverse[i])
                {
                    if (!can[p])
                    {
                        can[p] = true;
                        work.Enqueue(p);
                    }
                }
            }
            return can;
        }
    }

    private static ImmutableArray<StepEvent> Witness(List<Node> nodes, int i)
    {
        var chain = new List<ImmutableList<StepEvent>>();
        for (var k = i; k >= 0; k = nodes[k].Parent)
        {
            chain.Add(nodes[k].Events);
        }
        chain.Reverse();
        return [.. chain.SelectMany(e => e)];
    }
}
