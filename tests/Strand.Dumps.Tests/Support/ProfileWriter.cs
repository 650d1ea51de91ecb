using System.IO.Compression;
using Google.Protobuf;
using Strand.Dumps.Proto;

namespace Strand.Dumps.Tests.Support;

/// <summary>Writes binary pprof goroutine profiles the way runtime/pprof lays them out.</summary>
internal sealed class ProfileWriter
{
    private readonly Profile _profile = new();
    private readonly Dictionary<string, long> _strings = [];
    private readonly Dictionary<string, ulong> _functions = [];

    public ProfileWriter(string sampleType = "goroutine")
    {
        String(""); // index 0 is always the empty string
        _profile.PeriodType = new Proto.ValueType { Type = String(sampleType), Unit = String("count") };
        _profile.SampleType.Add(new Proto.ValueType { Type = String(sampleType), Unit = String("count") });
        _profile.Period = 1;
    }

    /// <summary>A sample: frames innermost first as (function, file, line); labels as key/value pairs.</summary>
    public ProfileWriter Sample(long count, (string Function, string File, int Line)[] frames, params (string Key, string Value)[] labels)
    {
        var sample = new Sample();
        sample.Value.Add(count);
        foreach (var (function, file, line) in frames)
        {
            var location = new Location { Id = (ulong)_profile.Location.Count + 1, Address = 0x400000 + (ulong)_profile.Location.Count };
            location.Line.Add(new Line { FunctionId = Function(function, file), Line_ = line });
            _profile.Location.Add(location);
            sample.LocationId.Add(location.Id);
        }
        foreach (var (key, value) in labels)
        {
            sample.Label.Add(new Label { Key = String(key), Str = String(value) });
        }
        _profile.Sample.Add(sample);
        return this;
    }

    public byte[] Raw() => _profile.ToByteArray();

    public byte[] Gzip()
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(Raw());
        }
        return output.ToArray();
    }

    private ulong Function(string name, string file)
    {
        if (!_functions.TryGetValue(name, out var id))
        {
            id = (ulong)_profile.Function.Count + 1;
            _profile.Function.Add(new Function { Id = id, Name = String(name), SystemName = String(name), Filename = String(file) });
            _functions[name] = id;
        }
        return id;
    }

    private long String(string s)
    {
        if (!_strings.TryGetValue(s, out var index))
        {
            index = _profile.StringTable.Count;
            _profile.StringTable.Add(s);
            _strings[s] = index;
        }
        return index;
    }
}
