namespace Strand.Semantics;

/// <summary>Recognises the standard-library types that matter for blocking, through pointers too.</summary>
public static class WellKnown
{
    /// <summary>True when <paramref name="t"/> (or what it points to) is the named type pkgPath.name.</summary>
    public static bool IsNamed(GoType? t, string pkgPath, string name)
    {
        for (var i = 0; i < 4 && t is not null; i++)
        {
            switch (t)
            {
                case NamedType n:
                    return n.Name == name && n.PkgPath == pkgPath;
                case PointerType p:
                    t = p.Elem;
                    break;
                default:
                    return false;
            }
        }
        return false;
    }

    public static bool IsMutex(GoType? t) => IsNamed(t, "sync", "Mutex");
    public static bool IsRWMutex(GoType? t) => IsNamed(t, "sync", "RWMutex");
    public static bool IsWaitGroup(GoType? t) => IsNamed(t, "sync", "WaitGroup");
    public static bool IsCond(GoType? t) => IsNamed(t, "sync", "Cond");
    public static bool IsOnce(GoType? t) => IsNamed(t, "sync", "Once");
    public static bool IsContext(GoType? t) => IsNamed(t, "context", "Context");
    public static bool IsCancelFunc(GoType? t) => IsNamed(t, "context", "CancelFunc") || IsNamed(t, "context", "CancelCauseFunc");
    public static bool IsTimer(GoType? t) => IsNamed(t, "time", "Timer");
    public static bool IsTicker(GoType? t) => IsNamed(t, "time", "Ticker");
    public static bool IsDuration(GoType? t) => IsNamed(t, "time", "Duration");

    /// <summary>The channel type of <paramref name="t"/> (through names and type-parameter core types), or null.</summary>
    public static ChanType? AsChan(GoType? t) => t?.Underlying as ChanType;
}
