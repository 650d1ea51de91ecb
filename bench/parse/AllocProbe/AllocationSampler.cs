using System.Diagnostics.Tracing;

/// <summary>
/// Samples the runtime's GCAllocationTick events (one about every 100 KB allocated) and sums the
/// sampled bytes per type: a rough map of which objects the parser allocates most.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly Dictionary<string, long> _bytesByType = [];
    private readonly object _gate = new();

    public bool Enabled { get; set; }

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!Enabled || e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null)
        {
            return;
        }
        var type = e.PayloadNames!.IndexOf("TypeName") is var t and >= 0 ? e.Payload[t] as string ?? "?" : "?";
        var amount = e.PayloadNames!.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(e.Payload[a]) : 100_000;
        lock (_gate)
        {
            _bytesByType[type] = _bytesByType.GetValueOrDefault(type) + amount;
        }
    }

    public void Print(int top)
    {
        lock (_gate)
        {
            var total = _bytesByType.Values.Sum();
            foreach (var (type, bytes) in _bytesByType.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(top))
            {
                Console.WriteLine($"  {bytes / 1e6,8:F1} MB {100.0 * bytes / total,5:F1}%  {type}");
            }
        }
    }
}
