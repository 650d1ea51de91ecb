namespace Strand.Dumps.Verdicts;

public enum WaitKind
{
    Unknown,
    ChanSend,
    ChanReceive,
    NilChanSend,
    NilChanReceive,
    Select,
    SelectNoCases,
    Mutex,
    Semaphore,
    Cond,
    WaitGroup,
    IO,
    Accept,
    Sleep,
    Syscall,
    Running,
    Runtime,
    SyncTest,
    /// <summary>In <c>sync.(*Once).Do</c> while another goroutine runs the Once's function.</summary>
    Once,
}

/// <summary>What a group waits on, in a word the user knows, and whether that wait can block forever.</summary>
public sealed record WaitClass(WaitKind Kind, string Words)
{
    /// <summary>Waits that only another goroutine can end (the leak-prone ones).</summary>
    public bool IsBlocking => Kind is WaitKind.ChanSend or WaitKind.ChanReceive or WaitKind.NilChanSend
        or WaitKind.NilChanReceive or WaitKind.Select or WaitKind.SelectNoCases or WaitKind.Mutex
        or WaitKind.Semaphore or WaitKind.Cond or WaitKind.WaitGroup or WaitKind.Once;

    /// <summary>Waits that nothing can ever end.</summary>
    public bool IsForever => Kind is WaitKind.NilChanSend or WaitKind.NilChanReceive or WaitKind.SelectNoCases;
}
