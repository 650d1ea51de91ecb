using Strand.Dumps.Records;

namespace Strand.Dumps.Verdicts;

/// <summary>
/// Classifies the wait of a stack from its printed wait reason, refined (or, for forms without a
/// reason such as debug=1 and binary profiles, inferred) from the runtime frames on top.
/// </summary>
public static class WaitClassifier
{
    public static WaitClass Classify(StackTrace stack)
    {
        string state = stack.State;
        if (InOnce(stack))
        {
            // Once.Do waits on the Once's own mutex: the dump says "sync.Mutex.Lock" or "semacquire",
            // but the user's wait is for another goroutine's Once function to return.
            return new WaitClass(WaitKind.Once, Words(WaitKind.Once, state));
        }
        var fromState = state switch
        {
            "chan send (nil chan)" => WaitKind.NilChanSend,
            "chan receive (nil chan)" => WaitKind.NilChanReceive,
            "chan send" => WaitKind.ChanSend,
            "chan receive" => WaitKind.ChanReceive,
            "select (no cases)" => WaitKind.SelectNoCases,
            "select" => WaitKind.Select,
            "sync.Mutex.Lock" or "sync.RWMutex.RLock" or "sync.RWMutex.Lock" => WaitKind.Mutex,
            "sync.WaitGroup.Wait" => WaitKind.WaitGroup,
            "sync.Cond.Wait" => WaitKind.Cond,
            "semacquire" => FromFrames(stack) is var k && k is WaitKind.Mutex or WaitKind.WaitGroup or WaitKind.Cond ? k : WaitKind.Semaphore,
            "IO wait" => HasAccept(stack) ? WaitKind.Accept : WaitKind.IO,
            "sleep" => WaitKind.Sleep,
            "syscall" => WaitKind.Syscall,
            "running" or "runnable" or "preempted" or "copystack" => WaitKind.Running,
            "synctest.Run" or "synctest.Wait" => WaitKind.SyncTest,
            "" or "waiting" => FromFrames(stack),
            _ => IsRuntimeReason(state) ? WaitKind.Runtime : FromFrames(stack),
        };
        return new WaitClass(fromState, Words(fromState, state));
    }

    /// <summary>True when the stack waits for a lock inside <c>sync.(*Once).doSlow</c> (above the program's first frame).</summary>
    private static bool InOnce(StackTrace stack)
    {
        bool locking = false;
        foreach (var frame in stack.Frames)
        {
            string f = frame.Function;
            if (f is "sync.(*Once).doSlow" or "sync.(*Once).Do")
            {
                return locking || stack.State is "sync.Mutex.Lock" or "semacquire";
            }
            if (f is "sync.(*Mutex).Lock" or "sync.(*Mutex).lockSlow" or "sync.runtime_SemacquireMutex")
            {
                locking = true;
            }
            else if (!FunctionNames.IsStandard(f))
            {
                return false;
            }
        }
        return false;
    }

    private static bool HasAccept(StackTrace stack) =>
        stack.Frames.Any(f => f.Function.EndsWith(".Accept", StringComparison.Ordinal) || f.Function.EndsWith(".accept", StringComparison.Ordinal)
            || f.Function.EndsWith(").AcceptTCP", StringComparison.Ordinal) || f.Function.EndsWith(").AcceptUnix", StringComparison.Ordinal));

    private static bool IsRuntimeReason(string state) =>
        state.StartsWith("GC ", StringComparison.Ordinal) || state.StartsWith("garbage collection", StringComparison.Ordinal)
        || state.Contains("(idle)", StringComparison.Ordinal) || state is "finalizer wait" or "force gc (idle)" or "dumping heap"
            or "panicwait" or "trace reader (blocked)" or "wait for GC cycle" or "debug call" or "stopping the world"
            or "flushing proc caches" or "trace goroutine status" or "trace proc status" or "page trace flush"
            or "coroutine" or "cleanup wait" or "idle" or "dead";

    /// <summary>The wait as the frames show it (all frames, innermost first; runtime ones included when present).</summary>
    public static WaitKind FromFrames(StackTrace stack)
    {
        foreach (var frame in stack.Frames)
        {
            switch (frame.Function)
            {
                case "runtime.chansend" or "runtime.chansend1":
                    return WaitKind.ChanSend;
                case "runtime.chanrecv" or "runtime.chanrecv1" or "runtime.chanrecv2":
                    return WaitKind.ChanReceive;
                case "runtime.selectgo":
                    return WaitKind.Select;
                case "runtime.block":
                    return WaitKind.SelectNoCases;
                case "sync.(*WaitGroup).Wait":
                    return WaitKind.WaitGroup;
                case "sync.(*Cond).Wait" or "sync.runtime_notifyListWait":
                    return WaitKind.Cond;
                case "sync.(*Mutex).Lock" or "sync.(*Mutex).lockSlow" or "sync.(*RWMutex).Lock" or "sync.(*RWMutex).RLock" or "sync.runtime_SemacquireMutex" or "sync.runtime_SemacquireRWMutex" or "sync.runtime_SemacquireRWMutexR":
                    return WaitKind.Mutex;
                case "sync.runtime_Semacquire" or "runtime.semacquire1":
                    continue; // the caller (WaitGroup, Mutex...) says more
                case "internal/poll.runtime_pollWait" or "runtime.netpollblock":
                    return HasAccept(stack) ? WaitKind.Accept : WaitKind.IO;
                case "time.Sleep":
                    return WaitKind.Sleep;
                case "syscall.Syscall" or "syscall.Syscall6" or "syscall.RawSyscall" or "internal/runtime/syscall.Syscall6":
                    return WaitKind.Syscall;
                case "runtime/pprof.writeGoroutineStacks" or "runtime/pprof.runtime_goroutineProfileWithLabels" or "runtime.Stack":
                    return WaitKind.Running;
            }
            if (!FunctionNames.IsStandard(frame.Function))
            {
                break; // the first frame of the program's own code: below it nothing says more
            }
        }
        return stack.Frames.Length > 0 && stack.Frames.All(f => FunctionNames.IsStandard(f.Function) && f.Function.StartsWith("runtime.", StringComparison.Ordinal))
            ? WaitKind.Runtime
            : WaitKind.Unknown;
    }

    private static string Words(WaitKind kind, string state) => kind switch
    {
        WaitKind.ChanSend => "sending on a channel",
        WaitKind.ChanReceive => "receiving from a channel",
        WaitKind.NilChanSend => "sending on a nil channel",
        WaitKind.NilChanReceive => "receiving from a nil channel",
        WaitKind.Select => "waiting in a select",
        WaitKind.SelectNoCases => "in an empty select {}",
        WaitKind.Mutex => "waiting to lock a mutex",
        WaitKind.Semaphore => "waiting on a semaphore",
        WaitKind.Cond => "waiting on a sync.Cond",
        WaitKind.WaitGroup => "waiting on a sync.WaitGroup",
        WaitKind.Once => "waiting in sync.Once.Do for the Once's function to return",
        WaitKind.IO => "waiting for IO",
        WaitKind.Accept => "waiting in Accept",
        WaitKind.Sleep => "sleeping",
        WaitKind.Syscall => "in a system call",
        WaitKind.Running => "running",
        WaitKind.Runtime => $"a Go runtime goroutine ({(state.Length > 0 ? state : "internal")})",
        WaitKind.SyncTest => "in a synctest bubble",
        _ => state.Length > 0 ? $"waiting ({state})" : "parked (this form of dump does not name the wait)",
    };
}
