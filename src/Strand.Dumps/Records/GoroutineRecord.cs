namespace Strand.Dumps.Records;

/// <summary>
/// One goroutine (or, for counted forms such as debug=1 and binary profiles, <see cref="Count"/>
/// identical ones). <see cref="Id"/> is -1 when the form carries no ids; <see cref="ParentId"/>
/// is the <c>in goroutine N</c> of <c>created by</c>, -1 when absent.
/// </summary>
public sealed record GoroutineRecord(
    long Id,
    StackTrace Stack,
    int WaitMinutes,
    GoroutineFlags Flags,
    string Labels,
    long ParentId,
    long Count,
    long SyncTestBubble,
    long StackBytes)
{
    public string State => Stack.State;
}
