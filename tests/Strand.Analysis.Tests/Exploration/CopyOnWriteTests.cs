using Strand.Analysis.Exploration;
using Strand.Syntax.Ast;
using Strand.Syntax.Parsing;
using Xunit;

namespace Strand.Analysis.Tests.Exploration;

/// <summary>State copies share heap objects until one side asks to change one: then only that side's copy changes.</summary>
public sealed class CopyOnWriteTests
{
    private static readonly FuncDecl Decl = GoParser.ParseFile("a.go", "package p\nfunc f() {}\n"u8.ToArray()).File.Decls.OfType<FuncDecl>().Single();

    private static (State State, int Env, int Wg) Small()
    {
        var s = new State();
        var wg = s.Alloc(new WaitGroupObj { Count = 1 });
        var env = new EnvObj { Owner = Decl };
        env.Vars[1] = Value.Ref(wg);
        env.Vars[2] = Value.Int(7);
        return (s, s.Alloc(env), wg);
    }

    [Fact]
    public void A_copy_shares_objects_until_one_side_changes_them()
    {
        var (s, env, wg) = Small();
        var copy = s.Clone();
        Assert.Same(s.Heap[wg], copy.Heap[wg]);

        copy.Get<WaitGroupObj>(wg)!.Count = 5;
        Assert.Equal(1, s.Peek<WaitGroupObj>(wg)!.Count);
        Assert.Equal(5, copy.Peek<WaitGroupObj>(wg)!.Count);

        s.Get<EnvObj>(env)!.Vars[2] = Value.Int(8); // the original copies too: the object was shared
        Assert.Equal(Value.Int(7), copy.Peek<EnvObj>(env)!.Vars[2]);
        Assert.Equal(Value.Int(8), s.Peek<EnvObj>(env)!.Vars[2]);
    }

    [Fact]
    public void Objects_a_state_made_or_copied_change_in_place()
    {
        var (s, _, wg) = Small();
        var o = s.Get<WaitGroupObj>(wg)!;
        Assert.Same(o, s.Get<WaitGroupObj>(wg));
        var copy = s.Clone();
        var mine = copy.Get<WaitGroupObj>(wg)!;
        Assert.NotSame(o, mine);
        Assert.Same(mine, copy.Get<WaitGroupObj>(wg));
    }

    [Fact]
    public void Renumbering_a_copy_leaves_the_shared_objects_of_the_original_alone()
    {
        var s = new State();
        s.Alloc(new WaitGroupObj { Count = 9 }); // unreachable: renumbering moves the others down
        var wg = s.Alloc(new WaitGroupObj { Count = 1 });
        var e = new EnvObj { Owner = Decl };
        e.Vars[1] = Value.Ref(wg);
        e.Vars[3] = Value.Unknown;
        var env = s.Alloc(e);
        var g = new Goroutine { Id = 1 };
        g.Frames.Add(new Frame { Fn = StateKeyTests.SharedFunction, Env = env });
        s.Goroutines.Add(g);
        var before = s.Key();

        var copy = s.Clone();
        var key = copy.Canonicalize();

        Assert.Equal(before, key);
        Assert.Equal(Value.Ref(wg), s.Peek<EnvObj>(env)!.Vars[1]); // still the old numbering
        Assert.True(s.Peek<EnvObj>(env)!.Vars.ContainsKey(3));
        Assert.Equal(before, s.Key());
        Assert.Equal(2, copy.Heap.Count);
    }

    [Fact]
    public void A_frozen_state_hands_out_its_objects_without_copying()
    {
        var (s, _, wg) = Small();
        s.Clone();
        s.Freeze();
        Assert.Same(s.Heap[wg], s.Get<WaitGroupObj>(wg));
    }

#if DEBUG
    [Fact]
    public void Debug_builds_catch_a_shared_object_changed_in_place()
    {
        var (s, _, wg) = Small();
        var copy = s.Clone();
        copy.Peek<WaitGroupObj>(wg)!.Count = 3; // bypasses Get: the original sees it too
        Assert.Throws<InvalidOperationException>(copy.Freeze);
    }
#endif

    [Fact]
    public void The_heap_lists_objects_in_id_order_and_copies_grow_apart()
    {
        var (s, env, wg) = Small();
        var copy = s.Clone();
        var extra = copy.Alloc(new WaitGroupObj { Count = 2 });
        Assert.Equal([wg, env], s.Heap.Keys);
        Assert.Equal([wg, env, extra], copy.Heap.Keys);
        Assert.Equal(2, s.Heap.Count);
        Assert.False(s.Heap.ContainsKey(extra));
        Assert.False(s.Heap.TryGetValue(0, out _));
    }

    [Fact]
    public void Value_maps_share_their_values_until_written()
    {
        var vars = new VarMap { [1] = Value.Int(1), [2] = Value.Int(2) };
        var copy = vars.Clone();
        copy[2] = Value.Int(20);
        vars[1] = Value.Int(10);
        Assert.Equal([Value.Int(10), Value.Int(2)], vars.Values);
        Assert.Equal([Value.Int(1), Value.Int(20)], copy.Values);
    }
}
