using Google.Protobuf;
using Strand.Dumps.Proto;
using Strand.Dumps.Records;
using Strand.Dumps.Scanning;

namespace Strand.Dumps.Formats;

/// <summary>
/// Reads a binary pprof goroutine profile (<c>?debug=0</c>; also the <c>goroutineleak</c> profile,
/// whose samples are all leaked). Samples carry a count, the stack (inlined frames expanded,
/// innermost first) and labels; there are no ids, states or wait times in this form.
/// </summary>
public static class ProfileParser
{
    /// <summary>Parses the profile and sends one counted record per sample; returns the goroutines read.</summary>
    public static long Parse(Stream stream, StackTable stacks, IDumpSink sink, string source)
    {
        var profile = Profile.Parser.ParseFrom(stream);
        var strings = profile.StringTable;
        if (profile.SampleType.Count == 0 || strings.Count == 0 || strings[0].Length != 0)
        {
            throw new ProfileFormatException("not a pprof profile (no sample types or no string table)");
        }
        string String(long index) => index >= 0 && index < strings.Count ? strings[(int)index] : "";
        string sampleType = String(profile.SampleType[0].Type);
        if (sampleType is not ("goroutine" or "goroutineleak"))
        {
            throw new ProfileFormatException($"a pprof profile of \"{sampleType}\", not of goroutines");
        }
        bool leak = sampleType == "goroutineleak";
        var functions = profile.Function.ToDictionary(f => f.Id);
        var locations = profile.Location.ToDictionary(l => l.Id);
        var key = new ByteBuilder();
        var args = new ByteBuilder();
        sink.BeginSnapshot(source);
        long total = 0;
        foreach (var sample in profile.Sample)
        {
            long count = sample.Value.Count > 0 ? sample.Value[0] : 1;
            if (count <= 0)
            {
                continue;
            }
            key.Clear();
            args.Clear();
            key.Append(StackKey.State);
            key.Append((byte)'\n');
            key.Append(StackKey.Flags);
            key.Append((byte)(leak ? '0' + (int)GoroutineFlags.Leaked : '0'));
            key.Append((byte)'\n');
            foreach (ulong locationId in sample.LocationId)
            {
                if (!locations.TryGetValue(locationId, out var location))
                {
                    continue;
                }
                foreach (var line in location.Line)
                {
                    functions.TryGetValue(line.FunctionId, out var function);
                    StackKey.AppendFrame(key, StackKey.Frame, String(function?.Name ?? 0), String(function?.Filename ?? 0), line.Line_, -1);
                    args.Append((byte)'\n');
                }
            }
            var labels = sample.Label.Count == 0
                ? ""
                : LabelText.Format(sample.Label.Select(l => (String(l.Key), l.Str != 0 ? String(l.Str) : l.Num.ToString(System.Globalization.CultureInfo.InvariantCulture))));
            var stack = stacks.Intern(key.Span, args.Span, null);
            sink.OnGoroutine(new GoroutineRecord(-1, stack, 0, leak ? GoroutineFlags.Leaked : GoroutineFlags.None, labels, -1, count, 0, 0));
            total += count;
        }
        return total;
    }
}

/// <summary>A well-formed protobuf that is not a goroutine profile.</summary>
public sealed class ProfileFormatException(string message) : IOException(message);
