using Strand.Semantics;
using Xunit;

namespace Strand.Semantics.Tests;

/// <summary>The identity map behind the checker's side tables: keys by identity, growth, merging.</summary>
public class NodeMapTests
{
    private sealed class Key(int id)
    {
        public int Id { get; } = id;

        // Equal by value on purpose: the map must still tell two such keys apart.
        public override bool Equals(object? obj) => obj is Key k && k.Id == Id;

        public override int GetHashCode() => Id;
    }

    [Fact]
    public void Sets_replaces_and_finds_by_identity()
    {
        var map = new NodeMap<Key, string>();
        var a = new Key(1);
        var twin = new Key(1);
        map[a] = "first";
        map[a] = "second";
        Assert.Equal(1, map.Count);
        Assert.True(map.TryGetValue(a, out var v));
        Assert.Equal("second", v);
        Assert.False(map.ContainsKey(twin));
        Assert.Null(map.GetValueOrDefault(twin));
        Assert.Equal("none", map.GetValueOrDefault(twin, "none"));
    }

    [Fact]
    public void TryAdd_keeps_the_first_value()
    {
        var map = new NodeMap<Key, int>();
        var a = new Key(7);
        Assert.True(map.TryAdd(a, 1));
        Assert.False(map.TryAdd(a, 2));
        Assert.Equal(1, map.GetValueOrDefault(a));
    }

    [Fact]
    public void Grows_without_losing_entries()
    {
        var map = new NodeMap<Key, int>();
        var keys = Enumerable.Range(0, 50_000).Select(i => new Key(i)).ToList();
        foreach (var k in keys)
        {
            map[k] = k.Id * 2;
        }
        Assert.Equal(keys.Count, map.Count);
        Assert.All(keys, k => Assert.Equal(k.Id * 2, map.GetValueOrDefault(k, -1)));
        Assert.False(map.ContainsKey(new Key(3)));
    }

    [Fact]
    public void AddAll_copies_every_entry_and_the_added_values_win()
    {
        var keys = Enumerable.Range(0, 3_000).Select(i => new Key(i)).ToList();
        var left = new NodeMap<Key, int>();
        var right = new NodeMap<Key, int>();
        for (var i = 0; i < keys.Count; i++)
        {
            if (i < 2_000)
            {
                left[keys[i]] = 1;
            }
            if (i >= 1_000)
            {
                right[keys[i]] = 2;
            }
        }
        var merged = new NodeMap<Key, int>();
        merged.EnsureCapacity(10);
        merged.AddAll(left);
        merged.AddAll(right);
        Assert.Equal(keys.Count, merged.Count);
        Assert.All(keys, k => Assert.Equal(k.Id < 1_000 ? 1 : 2, merged.GetValueOrDefault(k)));
    }

    [Fact]
    public void Set_adds_once_and_merges()
    {
        var a = new Key(1);
        var b = new Key(2);
        var s = new NodeSet<Key>();
        Assert.True(s.Add(a));
        Assert.False(s.Add(a));
        var t = new NodeSet<Key>();
        t.Add(b);
        s.AddAll(t);
        Assert.Equal(2, s.Count);
        Assert.True(s.Contains(b));
        Assert.False(s.Contains(new Key(1)));
    }
}
