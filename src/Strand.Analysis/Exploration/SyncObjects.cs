using Strand.Semantics;
using Strand.Syntax.Ast;

namespace Strand.Analysis.Exploration;

/// <summary>One hold of a lock: the goroutine that took it, where (the Lock/RLock call), and its stack depth then.</summary>
public sealed record LockHold(int G, Node Site, GoFile? File, int Depth = 0);

/// <summary>
/// A sync.Mutex or sync.RWMutex. Holders are recorded with the goroutine that locked and the
/// call site (for witnesses); Go lets any goroutine unlock, so unlocking does not check the
/// holder. An open mutex (reachable by code Strand cannot see) never blocks and keeps no holds:
/// unknown code may unlock it at any time.
/// </summary>
public sealed class MutexObj : HeapObj
{
    /// <summary>A sync.RWMutex (readers and a writer); false for sync.Mutex.</summary>
    public required bool ReadWrite { get; init; }

    /// <summary>Where it was made (composite, new, zero value of a variable or field); for messages.</summary>
    public Node? Site { get; init; }

    /// <summary>The write hold (Lock), or null.</summary>
    public LockHold? Writer { get; private set; }

    /// <summary>Read holds (RLock), a multiset kept sorted so equal states print alike.</summary>
    public List<LockHold> Readers { get; private set; } = [];

    public bool IsFree => Writer is null && Readers.Count == 0;

    /// <summary>Lock would succeed now.</summary>
    public bool CanLock => Open || IsFree;

    /// <summary>RLock would succeed now; a writer blocked in Lock on this mutex keeps new readers out.</summary>
    public bool CanRLock(bool writerPending) => Open || Writer is null && !writerPending;

    /// <summary>g holds the write lock.</summary>
    public bool HeldBy(int g) => Writer is { } w && w.G == g;

    /// <summary>g holds at least one read lock.</summary>
    public bool ReadHeldBy(int g) => Readers.Exists(r => r.G == g);

    /// <summary>Takes the write lock for g. Callers check <see cref="CanLock"/> first.</summary>
    public void Lock(int g, Node site, GoFile? file, int depth = 0)
    {
        if (!Open)
        {
            Writer = new LockHold(g, site, file, depth);
        }
    }

    /// <summary>Takes a read lock for g. Callers check <see cref="CanRLock"/> first.</summary>
    public void RLock(int g, Node site, GoFile? file, int depth = 0)
    {
        if (!Open)
        {
            Readers.Add(new LockHold(g, site, file, depth));
            SortReaders();
        }
    }

    /// <summary>Releases the write lock (whoever holds it). False when it was not write-locked (a fatal error in Go).</summary>
    public bool Unlock()
    {
        if (Open)
        {
            return true;
        }
        var held = Writer is not null;
        Writer = null;
        return held;
    }

    /// <summary>Releases one read lock, g's own if it has one. False when none was held (a fatal error in Go).</summary>
    public bool RUnlock(int g)
    {
        if (Open)
        {
            return true;
        }
        var i = Readers.FindIndex(r => r.G == g);
        if (i < 0)
        {
            i = Readers.Count - 1;
        }
        if (i < 0)
        {
            return false;
        }
        Readers.RemoveAt(i);
        return true;
    }

    /// <summary>The hold g has on this mutex (write first, else a read hold), or null.</summary>
    public LockHold? HoldOf(int g) => HeldBy(g) ? Writer : Readers.Find(r => r.G == g);

    /// <summary>Forgets which goroutine holds what when <paramref name="g"/> ends (holds stay, owned by nobody, id 0).</summary>
    public void Orphan(int g)
    {
        if (Writer is { } w && w.G == g)
        {
            Writer = w with { G = 0 };
        }
        for (var i = 0; i < Readers.Count; i++)
        {
            if (Readers[i].G == g)
            {
                Readers[i] = Readers[i] with { G = 0 };
            }
        }
        SortReaders();
    }

    // by goroutine, then place in the source: deterministic whatever order objects got their ids in
    private void SortReaders() =>
        Readers.Sort((a, b) => a.G != b.G ? a.G.CompareTo(b.G)
            : a.Site.Pos != b.Site.Pos ? a.Site.Pos.CompareTo(b.Site.Pos)
            : a.Depth != b.Depth ? a.Depth.CompareTo(b.Depth)
            : string.CompareOrdinal(a.File?.Path, b.File?.Path));

    public override HeapObj Clone() => new MutexObj { ReadWrite = ReadWrite, Site = Site, Writer = Writer, Readers = [.. Readers], Open = Open };

    public override IEnumerable<Value> Values() => [];

    internal override bool RemapChanges(CanonicalOrder order) => false;

    internal override void Remap(CanonicalOrder order)
    {
    }

    internal override void Write(KeyWriter w)
    {
        w.Tag(ReadWrite ? 'R' : 'K');
        w.Flags(Open, Writer is not null);
        if (Writer is { } h)
        {
            Hold(w, h);
        }
        w.Int(Readers.Count);
        foreach (var r in Readers)
        {
            Hold(w, r);
        }
    }

    private static void Hold(KeyWriter w, LockHold h)
    {
        w.Int(h.G);
        w.Code(h.Site);
        w.Int(h.Depth);
    }

    /// <summary>A fresh mutex for a value of this type, or null when the type is not sync.Mutex/RWMutex.</summary>
    public static MutexObj? ZeroOf(GoType? type, Node? site = null) =>
        WellKnown.IsNamed(type, "sync", "Mutex") ? new MutexObj { ReadWrite = false, Site = site }
        : WellKnown.IsNamed(type, "sync", "RWMutex") ? new MutexObj { ReadWrite = true, Site = site }
        : null;
}
