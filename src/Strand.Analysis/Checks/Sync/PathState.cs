using System.Collections.Immutable;
using System.Text;
using Strand.Syntax.Ast;

namespace Strand.Analysis.Checks.Sync;

internal enum HoldMode
{
    Write,
    Read,
}

/// <summary>
/// A lock held on a path: how, where it was taken, and, when it was taken inside a loop that the
/// path has since left by break or continue, that statement (then a second Lock is a missed
/// unlock, not a plain double lock).
/// </summary>
internal sealed record Held(HoldMode Mode, LockCall At, BranchStmt? LeftBy)
{
    public bool Jumped => LeftBy is not null;
}

/// <summary>
/// What one path through a function knows: the locks it surely holds and the boolean conditions
/// it has tested (so that <c>if f { Lock }</c> ... <c>if f { Unlock }</c> stays correlated).
/// A condition tested, then changed, then tested again is <see cref="Volatile"/>: the walk cannot
/// tell which way the second test goes, so a path that branches on it is <see cref="Imprecise"/>
/// and its conflicts are not reported.
/// </summary>
internal sealed record PathState(
    ImmutableDictionary<Chain, Held> Locks,
    ImmutableDictionary<Chain, bool> Facts,
    ImmutableHashSet<Chain> Volatile,
    bool Imprecise)
{
    public static readonly PathState Empty = new(
        ImmutableDictionary<Chain, Held>.Empty, ImmutableDictionary<Chain, bool>.Empty, ImmutableHashSet<Chain>.Empty, false);

    /// <summary>Forgets the locks and facts about the chains <paramref name="affected"/> selects.</summary>
    public PathState Forget(Func<Chain, bool> affected)
    {
        var facts = Facts.Keys.Where(affected).ToList();
        return this with
        {
            Locks = Locks.RemoveRange(Locks.Keys.Where(affected).ToList()),
            Facts = Facts.RemoveRange(facts),
            Volatile = facts.Count == 0 ? Volatile : Volatile.Union(facts),
        };
    }

    /// <summary>Marks the locks taken inside <paramref name="loop"/> as left held by <paramref name="branch"/>.</summary>
    public PathState LeaveLoop(BranchStmt branch, Node loop) =>
        Locks.Values.Any(h => h.LeftBy is null && Inside(loop, h.At.Call))
            ? this with
            {
                Locks = Locks.ToImmutableDictionary(
                    kv => kv.Key,
                    kv => kv.Value.LeftBy is null && Inside(loop, kv.Value.At.Call) ? kv.Value with { LeftBy = branch } : kv.Value),
            }
            : this;

    private static bool Inside(Node outer, Node inner) => inner.Pos >= outer.Pos && inner.End <= outer.End;

    /// <summary>A text equal for equal states, to merge paths that reach the same point alike.</summary>
    public string Signature()
    {
        var sb = new StringBuilder();
        foreach (var (chain, held) in Locks.OrderBy(kv => kv.Key.Text, StringComparer.Ordinal).ThenBy(kv => kv.Value.At.Call.Pos))
        {
            sb.Append(chain.Text).Append('#').Append(chain.Root.DeclIdent?.Pos ?? -1).Append(':')
              .Append(held.Mode).Append('@').Append(held.At.Call.Pos).Append(held.LeftBy is { } by ? "j" + by.Pos : "").Append(';');
        }
        sb.Append('|').Append(Imprecise ? "imprecise|" : "");
        foreach (var chain in Volatile.OrderBy(c => c.Text, StringComparer.Ordinal))
        {
            sb.Append(chain.Text).Append('#').Append(chain.Root.DeclIdent?.Pos ?? -1).Append(';');
        }
        sb.Append('|');
        foreach (var (chain, value) in Facts.OrderBy(kv => kv.Key.Text, StringComparer.Ordinal))
        {
            sb.Append(chain.Text).Append('#').Append(chain.Root.DeclIdent?.Pos ?? -1).Append('=').Append(value).Append(';');
        }
        return sb.ToString();
    }
}
