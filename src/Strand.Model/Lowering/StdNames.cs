namespace Strand.Model.Lowering;

/// <summary>The standard-library functions and methods whose blocking behaviour the model knows.</summary>
public static class StdNames
{
    private static readonly HashSet<string> Modeled = new(StringComparer.Ordinal)
    {
        "time.After", "time.Tick", "time.NewTimer", "time.NewTicker", "time.AfterFunc",
        "time.Timer.Stop", "time.Timer.Reset", "time.Ticker.Stop", "time.Ticker.Reset",
        "context.Background", "context.TODO", "context.WithCancel", "context.WithTimeout",
        "context.WithDeadline", "context.WithCancelCause", "context.WithValue", "context.WithoutCancel",
        "context.WithTimeoutCause", "context.WithDeadlineCause",
        "context.Context.Done", "context.Context.Err",
        "sync.WaitGroup.Add", "sync.WaitGroup.Done", "sync.WaitGroup.Wait", "sync.WaitGroup.Go",
        "sync.Once.Do",
        "sync.NewCond", "sync.Cond.Wait", "sync.Cond.Signal", "sync.Cond.Broadcast",
        "sync.Mutex.Lock", "sync.Mutex.Unlock", "sync.Mutex.TryLock",
        "sync.RWMutex.Lock", "sync.RWMutex.Unlock", "sync.RWMutex.TryLock",
        "sync.RWMutex.RLock", "sync.RWMutex.RUnlock", "sync.RWMutex.TryRLock",
        "os/signal.Notify", "os/signal.Stop",
        "os.Exit", "log.Fatal", "log.Fatalf", "log.Fatalln", "log.Panic", "log.Panicf", "log.Panicln",
        "runtime.Goexit", "errors.New", "fmt.Errorf", "errors.Is",
        "sync/atomic.LoadInt32", "sync/atomic.LoadInt64", "sync/atomic.LoadUint32", "sync/atomic.LoadUint64",
        "sync/atomic.StoreInt32", "sync/atomic.StoreInt64", "sync/atomic.StoreUint32", "sync/atomic.StoreUint64",
        "sync/atomic.AddInt32", "sync/atomic.AddInt64", "sync/atomic.AddUint32", "sync/atomic.AddUint64",
        "sync/atomic.CompareAndSwapInt32", "sync/atomic.CompareAndSwapInt64", "sync/atomic.SwapInt32", "sync/atomic.SwapInt64",
        "sync/atomic.Int32.Load", "sync/atomic.Int32.Store", "sync/atomic.Int32.Add", "sync/atomic.Int32.Swap", "sync/atomic.Int32.CompareAndSwap",
        "sync/atomic.Int64.Load", "sync/atomic.Int64.Store", "sync/atomic.Int64.Add", "sync/atomic.Int64.Swap", "sync/atomic.Int64.CompareAndSwap",
        "sync/atomic.Uint32.Load", "sync/atomic.Uint32.Store", "sync/atomic.Uint32.Add",
        "sync/atomic.Uint64.Load", "sync/atomic.Uint64.Store", "sync/atomic.Uint64.Add",
        "sync/atomic.Bool.Load", "sync/atomic.Bool.Store", "sync/atomic.Bool.Swap", "sync/atomic.Bool.CompareAndSwap",
    };

    /// <summary>Standard packages whose functions never keep their non-function arguments.</summary>
    private static readonly HashSet<string> PurePackages = new(StringComparer.Ordinal)
    {
        "fmt", "errors", "strings", "strconv", "log", "math", "bytes", "unicode", "unicode/utf8",
        "time", "runtime", "os", "testing", "sort", "path", "path/filepath", "math/rand", "reflect",
    };

    public static bool IsModeled(string path) => Modeled.Contains(path);

    /// <summary>True when values passed to <paramref name="pkgPath"/> cannot reach other goroutines.</summary>
    public static bool IsPurePackage(string pkgPath) => PurePackages.Contains(pkgPath);

    /// <summary>Standard library import paths have no dot in their first element.</summary>
    public static bool IsStandard(string importPath)
    {
        var slash = importPath.IndexOf('/', StringComparison.Ordinal);
        var first = slash < 0 ? importPath : importPath[..slash];
        return !first.Contains('.', StringComparison.Ordinal);
    }

    /// <summary>Method names of testing.T/B/F that stop the test goroutine.</summary>
    public static bool IsTestGoexit(string method) => method is "Fatal" or "Fatalf" or "FailNow" or "Skip" or "Skipf" or "SkipNow";
}
