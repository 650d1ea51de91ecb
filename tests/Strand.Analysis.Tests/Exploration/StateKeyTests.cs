using Strand.Analysis.Exploration;
using Strand.Model.Ir;
using Strand.Syntax.Ast;
using Strand.Syntax.Parsing;
using Xunit;

namespace Strand.Analysis.Tests.Exploration;

/// <summary>The cheap state key (no renumbering) must be exactly the key of the renumbered state, and tell states apart.</summary>
public sealed class StateKeyTests
{
    /// <summary>One function for all states: keys name code by identity.</summary>
    private static readonly (FuncDecl Decl, FuncModel Fn, Strand.Syntax.Ast.GoFile File) Shared = Function();

    internal static FuncModel SharedFunction => Shared.Fn;

    private static (FuncDecl Decl, FuncModel Fn, Strand.Syntax.Ast.GoFile File) Function()
    {
        var parsed = GoParser.ParseFile("a.go", "package p\nfunc f() {}\n"u8.ToArray());
        var decl = parsed.File.Decls.OfType<FuncDecl>().Single();
        return (decl, new FuncModel(decl, "f", parsed.File, [], [], null, [], false), parsed.File);
    }

    /// <summary>A state whose objects are numbered out of canonical order, with garbage and an unknown variable.</summary>
    private static State Scattered(bool reverseAssignments)
    {
        var (decl, fn, file) = Shared;
        var s = new State();
        s.Alloc(new WaitGroupObj { Count = 3 }); // unreachable
        var wg = s.Alloc(new WaitGroupObj { Count = 1 });
        var ch = s.Alloc(new ChanObj { Site = decl, File = file, Capacity = 1 });
        var list = s.Alloc(new CollectionObj { LengthKnown = true });
        s.Get<CollectionObj>(list)!.Elements.Add(Value.Ref(wg));
        var env = new EnvObj { Owner = decl };
        var assignments = new (int, Value)[] { (7, Value.Ref(ch)), (3, Value.Ref(list)), (5, Value.Unknown), (9, Value.Int(4)) };
        foreach (var (id, v) in reverseAssignments ? assignments.Reverse() : assignments)
        {
            env.Vars[id] = v;
        }
        var envId = s.Alloc(env);
        var g = new Goroutine { Id = 1 };
        g.Frames.Add(new Frame { Fn = fn, Env = envId });
        s.Goroutines.Add(g);
        return s;
    }

    [Fact]
    public void Key_equals_the_key_after_renumbering_and_leaves_the_state_alone()
    {
        var s = Scattered(reverseAssignments: false);
        var key = s.Key();
        Assert.Equal(5, s.Heap.Count); // nothing renumbered or dropped
        Assert.Equal(key, s.Clone().Canonicalize());
        Assert.Equal(key, s.Canonicalize());
        Assert.Equal(4, s.Heap.Count); // the unreachable WaitGroup is gone
        Assert.Equal(key, s.Key()); // a canonical state keeps its key
    }

    [Fact]
    public void The_order_of_assignments_does_not_change_the_key()
    {
        Assert.Equal(Scattered(reverseAssignments: false).Key(), Scattered(reverseAssignments: true).Key());
    }

    [Fact]
    public void Different_states_have_different_keys()
    {
        var a = Scattered(reverseAssignments: false);
        var b = Scattered(reverseAssignments: false);
        b.Get<WaitGroupObj>(2)!.Count = 2;
        Assert.NotEqual(a.Key(), b.Key());
    }

    [Fact]
    public void Field_names_and_values_do_not_run_into_each_other()
    {
        var (decl, _, _) = Shared;
        StateKey Key(string field1, string field2)
        {
            var o = new StructObj { Type = Strand.Semantics.BasicType.Int };
            o.Fields[field1] = Value.Int(1);
            o.Fields[field2] = Value.Int(12);
            return o.KeyAlone();
        }
        Assert.NotEqual(Key("ab", "c"), Key("a", "bc"));
        var wide = new CondObj { Site = decl, File = null };
        wide.Waiting.Add(1);
        wide.Waiting.Add(12);
        var other = new CondObj { Site = decl, File = null };
        other.Waiting.Add(11);
        other.Waiting.Add(2);
        Assert.NotEqual(wide.KeyAlone(), other.KeyAlone());
    }

    [Fact]
    public void A_value_pointing_at_a_missing_object_keys_as_renumbering_does()
    {
        var s = Scattered(reverseAssignments: false);
        var env = s.Heap.Values.OfType<EnvObj>().Single();
        env.Vars[11] = Value.Ref(99); // no such object: renumbering makes it unknown
        var key = s.Clone().Key();
        Assert.Equal(s.Canonicalize(), key);
    }

    [Fact]
    public void Field_and_variable_maps_iterate_in_key_order_and_copies_are_independent()
    {
        var fields = new FieldMap { ["b"] = Value.Int(2), ["a"] = Value.Int(1), ["c"] = Value.Int(3) };
        var copy = fields.Clone();
        copy["aa"] = Value.True;
        Assert.True(copy.Remove("c"));
        Assert.Equal(["a", "b", "c"], fields.Keys);
        Assert.Equal(["a", "aa", "b"], copy.Keys);
        Assert.Equal(Value.Int(3), fields["c"]);

        var vars = new VarMap { [9] = Value.Int(9), [2] = Value.Unknown, [5] = Value.Int(5) };
        var varsCopy = vars.Clone();
        varsCopy.RemoveWhere(v => v.Kind == ValueKind.Unknown);
        varsCopy[1] = Value.Nil;
        Assert.Equal([2, 5, 9], vars.Keys);
        Assert.Equal([1, 5, 9], varsCopy.Keys);
        Assert.False(vars.TryGetValue(4, out _));
    }
}
