using Strand.Dumps.Tests.Support;
using Strand.Dumps.Verdicts;

namespace Strand.Dumps.Tests;

/// <summary>
/// Goroutines parked in sync: the wait reasons of Go 1.19 ("semacquire") and of later releases
/// ("sync.Mutex.Lock", "sync.RWMutex.RLock", ...) give the same kind of wait, and the blocking
/// frame is the program's line that called into sync.
/// </summary>
public class SyncWaitTests
{
    private const string Created = "created by main.main in goroutine 1\n\t/app/main.go:90 +0x48\n";

    private static GroupReport Single(string text) => Assert.Single(DumpAnalysis.Analyze(Read.CollectText(text)).Groups);

    [Theory]
    [InlineData("semacquire", "sync.runtime_SemacquireMutex(0x0?, 0x0?, 0x0?)\n\t/go/src/runtime/sema.go:77 +0x25\nsync.(*Mutex).lockSlow(0x0)\n\t/go/src/sync/mutex.go:171 +0x165\nsync.(*Mutex).Lock(...)\n\t/go/src/sync/mutex.go:90\n", WaitKind.Mutex)]
    [InlineData("sync.Mutex.Lock", "internal/sync.runtime_SemacquireMutex(0x0?, 0x0?, 0x0?)\n\t/go/src/runtime/sema.go:95 +0x25\ninternal/sync.(*Mutex).lockSlow(0x0)\n\t/go/src/internal/sync/mutex.go:149 +0x15d\ninternal/sync.(*Mutex).Lock(...)\n\t/go/src/internal/sync/mutex.go:70\nsync.(*Mutex).Lock(...)\n\t/go/src/sync/mutex.go:46\n", WaitKind.Mutex)]
    [InlineData("sync.RWMutex.RLock", "sync.runtime_SemacquireRWMutexR(0x0?, 0x0?, 0x0?)\n\t/go/src/runtime/sema.go:100 +0x25\nsync.(*RWMutex).RLock(...)\n\t/go/src/sync/rwmutex.go:74\n", WaitKind.Mutex)]
    [InlineData("sync.RWMutex.Lock", "sync.runtime_SemacquireRWMutex(0x0?, 0x0?, 0x0?)\n\t/go/src/runtime/sema.go:105 +0x25\nsync.(*RWMutex).Lock(0x0)\n\t/go/src/sync/rwmutex.go:155 +0x74\n", WaitKind.Mutex)]
    [InlineData("semacquire", "sync.runtime_Semacquire(0x0?)\n\t/go/src/runtime/sema.go:62 +0x25\nsync.(*WaitGroup).Wait(0x0?)\n\t/go/src/sync/waitgroup.go:139 +0x52\n", WaitKind.WaitGroup)]
    [InlineData("sync.WaitGroup.Wait", "sync.runtime_SemacquireWaitGroup(0x0?)\n\t/go/src/runtime/sema.go:110 +0x25\nsync.(*WaitGroup).Wait(0x0?)\n\t/go/src/sync/waitgroup.go:118 +0x48\n", WaitKind.WaitGroup)]
    [InlineData("sync.Cond.Wait", "sync.runtime_notifyListWait(0x0, 0x0)\n\t/go/src/runtime/sema.go:569 +0x159\nsync.(*Cond).Wait(0x0)\n\t/go/src/sync/cond.go:70 +0x85\n", WaitKind.Cond)]
    [InlineData("semacquire", "sync.runtime_SemacquireMutex(0x0?, 0x0?, 0x0?)\n\t/go/src/runtime/sema.go:77 +0x25\nsync.(*Mutex).lockSlow(0x0)\n\t/go/src/sync/mutex.go:171 +0x165\nsync.(*Mutex).Lock(...)\n\t/go/src/sync/mutex.go:90\nsync.(*Once).doSlow(0x0?, 0x0?)\n\t/go/src/sync/once.go:70 +0x45\nsync.(*Once).Do(...)\n\t/go/src/sync/once.go:65\n", WaitKind.Once)]
    [InlineData("sync.Mutex.Lock", "internal/sync.runtime_SemacquireMutex(0x0?, 0x0?, 0x0?)\n\t/go/src/runtime/sema.go:95 +0x25\ninternal/sync.(*Mutex).lockSlow(0x0)\n\t/go/src/internal/sync/mutex.go:149 +0x15d\ninternal/sync.(*Mutex).Lock(...)\n\t/go/src/internal/sync/mutex.go:70\nsync.(*Mutex).Lock(...)\n\t/go/src/sync/mutex.go:46\nsync.(*Once).doSlow(0x0?, 0x0?)\n\t/go/src/sync/once.go:71 +0x45\nsync.(*Once).Do(...)\n\t/go/src/sync/once.go:66\n", WaitKind.Once)]
    public void Sync_waits_are_classified_and_block_at_the_calling_line(string reason, string syncFrames, WaitKind kind)
    {
        var group = Single($"goroutine 7 [{reason}, 2 minutes]:\n{syncFrames}main.(*store).get(0x0)\n\t/app/main.go:42 +0x46\n{Created}");

        Assert.Equal(kind, group.Wait.Kind);
        Assert.True(group.Wait.IsBlocking);
        Assert.True(group.InUserCode);
        Assert.Equal(("main.(*store).get", 42), (group.Blocking?.Function, group.Blocking?.Line));
    }

    [Fact]
    public void The_goroutine_running_a_Once_function_waits_on_what_the_function_waits_on()
    {
        var group = Single("goroutine 8 [chan receive]:\nmain.load.func1()\n\t/app/main.go:12 +0x25\nsync.(*Once).doSlow(0x0?, 0x0?)\n\t/go/src/sync/once.go:74 +0xc2\nsync.(*Once).Do(...)\n\t/go/src/sync/once.go:65\nmain.load()\n\t/app/main.go:11 +0x3a\n" + Created);

        Assert.Equal(WaitKind.ChanReceive, group.Wait.Kind);
        Assert.Equal(12, group.Blocking?.Line);
    }

    [Fact]
    public void A_debug1_profile_keeps_the_sync_frames_and_so_the_kind()
    {
        const string text = "goroutine profile: total 1\n1 @ 0x437796 0x44649e 0x45dfe5 0x46df65 0x4b8d86 0x4b8d68 0x461721\n"
            + "#\t0x45dfe4\tsync.runtime_SemacquireMutex+0x24\t/go/src/runtime/sema.go:77\n"
            + "#\t0x46df64\tsync.(*Mutex).lockSlow+0x164\t\t/go/src/sync/mutex.go:171\n"
            + "#\t0x4b8d85\tsync.(*Mutex).Lock+0x45\t\t\t/go/src/sync/mutex.go:90\n"
            + "#\t0x4b8d67\tsync.(*Once).doSlow+0x27\t\t/go/src/sync/once.go:70\n"
            + "#\t0x4b8d68\tmain.(*settings).load+0x27\t\t/app/main.go:106\n\n";
        var group = Single(text);

        Assert.Equal(WaitKind.Once, group.Wait.Kind);
        Assert.Equal(106, group.Blocking?.Line);
    }
}
