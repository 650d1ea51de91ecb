namespace Strand.Analysis.Checks;

/// <summary>Stable check identifiers: they appear in output, in suppression comments and in `strand explain`.</summary>
public static class CheckIds
{
    // Channels (issue: strand check).
    public const string ChanSendLeak = "chan-send-leak";
    public const string ChanRecvLeak = "chan-recv-leak";
    public const string ChanRangeLeak = "chan-range-leak";
    public const string SelectLeak = "select-leak";
    public const string EmptySelect = "empty-select";
    public const string NilChannel = "nil-chan";
    public const string ContextLeak = "ctx-leak";
    public const string LostCancel = "lost-cancel";
    public const string TickerLeak = "ticker-leak";
    public const string AfterInLoop = "after-in-loop";

    // Locks, WaitGroups, Cond, Once (issue: strand check, part two).
    public const string DoubleLock = "double-lock";
    public const string LockLeak = "lock-leak";
    public const string LockOrder = "lock-order";
    public const string RecursiveRLock = "recursive-rlock";
    public const string LockUpgrade = "lock-upgrade";
    public const string WaitGroupLeak = "wg-wait-leak";
    public const string WaitGroupAddInGoroutine = "wg-add-in-goroutine";
    public const string CondWaitLeak = "cond-wait-leak";
    public const string LockChannelDeadlock = "lock-chan-deadlock";
    public const string OnceDeadlock = "once-deadlock";

    // Directives.
    public const string UnusedIgnore = "unused-ignore";
}
