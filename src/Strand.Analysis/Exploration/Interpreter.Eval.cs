using Strand.Model;
using Strand.Model.Ir;
using Strand.Semantics;
using Strand.Syntax.Tokens;

namespace Strand.Analysis.Exploration;

/// <summary>Evaluation of operands, stores, and escape ("open") marking over one state.</summary>
internal sealed partial class Interpreter
{
    private const int MaxTrackedElements = 4;

    private readonly ProgramModel _model;
    private bool _probe;

    /// <summary>Who operated on each channel (by make site) on any explored path: 'm'ade, 's'ent, 'r'eceived, 'c'losed.</summary>
    public Dictionary<Strand.Syntax.Ast.Node, HashSet<(char Kind, Strand.Model.Ir.FuncModel Function)>> Users { get; } = new(ReferenceEqualityComparer.Instance);

    private void Use(ChanObj? c, char kind, Frame f)
    {
        if (c is null)
        {
            return;
        }
        if (!Users.TryGetValue(c.Site, out var set))
        {
            set = [];
            Users[c.Site] = set;
        }
        set.Add((kind, f.Fn));
    }

    /// <summary>Evaluates without changing the state (no lazy allocation, no escapes).</summary>
    public Value Probe(State s, Frame f, MExpr e)
    {
        _probe = true;
        try
        {
            return Eval(s, f, e);
        }
        finally
        {
            _probe = false;
        }
    }

    public Interpreter(ProgramModel model)
    {
        _model = model;
    }

    // ---- variables ------------------------------------------------------------------------

    private static EnvObj? EnvFor(State s, int env, Variable v)
    {
        for (var i = 0; env != 0 && i < 64; i++)
        {
            if (s.Get<EnvObj>(env) is not { } e)
            {
                return null;
            }
            if (ReferenceEquals(e.Owner, v.Owner))
            {
                return e;
            }
            env = e.Parent;
        }
        return null;
    }

    private static Value Load(State s, Frame f, Variable v) =>
        EnvFor(s, f.Env, v) is { } e && e.Vars.TryGetValue(v.Id, out var value) ? value : Value.Unknown;

    private void StoreVar(State s, Frame f, Variable v, Value value)
    {
        var e = EnvFor(s, f.Env, v) ?? s.Get<EnvObj>(f.Env);
        if (e is null)
        {
            return;
        }
        if (e.Open)
        {
            Open(s, value);
        }
        e.Vars[v.Id] = value;
        e.ForgetConditionsOn(v.Id);
    }

    // ---- evaluation -----------------------------------------------------------------------

    public Value Eval(State s, Frame f, MExpr e)
    {
        switch (e)
        {
            case MVar v:
                return Load(s, f, v.Var);
            case MInt i:
                return Value.Int(i.Value);
            case MBool b:
                return Value.Bool(b.Value);
            case MNil:
                return Value.Nil;
            case MNonNil:
                return Value.NonNil;
            case MString str:
                return StringConstant(str);
            case MField fe:
                return Field(s, Eval(s, f, fe.X), fe.Name, fe.Type);
            case MIndex ix:
                return Index(s, Eval(s, f, ix.X), Eval(s, f, ix.Index));
            case MRangeElement re:
            {
                var x = Eval(s, f, re.X);
                var i = Eval(s, f, re.Index);
                if (s.Get<CollectionObj>(x) is { LengthKnown: true, Open: false } rc && i.Kind == ValueKind.Int && i.N >= 0 && i.N < rc.Elements.Count)
                {
                    return rc.Elements[(int)i.N];
                }
                return Index(s, x, Value.Unknown);
            }
            case MUnary u:
            {
                var x = Eval(s, f, u.X);
                return u.Op switch
                {
                    Token.Not when x.Kind == ValueKind.Bool => Value.Bool(x.N == 0),
                    Token.Sub when x.Kind == ValueKind.Int => Value.Int(-x.N),
                    Token.Add => x,
                    _ => Value.Unknown,
                };
            }
            case MBinary b:
            {
                // Each operand once: evaluating them again on the fallback doubled the work per
                // level, exponential in a long `"a" + "b" + ...` chain (debug/pe: 11 s CPU, 1 state).
                var x = Eval(s, f, b.X);
                var y = Eval(s, f, b.Y);
                return LargeConstantComparison(b, x, y) ?? Binary(b.Op, x, y);
            }
            case MClosure c:
                return new Value(ValueKind.Closure, f.Env, c.Lit);
            case MFunc fn:
                return new Value(ValueKind.Func, 0, fn.Function);
            case MMethodValue mv:
            {
                var r = Eval(s, f, mv.Receiver);
                return new Value(ValueKind.Bound, r.IsRef ? r.Id : 0, mv.Method);
            }
            case MComposite c:
                return Composite(s, f, c);
            case MMakeChan mc:
            {
                var cap = 0;
                if (mc.Capacity is { } ce)
                {
                    var cv = Eval(s, f, ce);
                    cap = cv.Kind == ValueKind.Int && cv.N is >= 0 and <= 16 ? (int)cv.N : -1;
                }
                var made = new ChanObj { Site = mc.Site, File = f.Fn.File, Capacity = cap };
                Use(made, 'm', f);
                return Value.Ref(s.Alloc(made));
            }
            case MMakeCollection mk:
            {
                var coll = new CollectionObj { IsMap = mk.Kind == CompositeKind.Map, LengthKnown = true };
                var len = mk.Length is null ? Value.Int(0) : Eval(s, f, mk.Length);
                if (mk.Kind == CompositeKind.Map)
                {
                    // a map starts empty whatever its size hint
                }
                else if (len.Kind == ValueKind.Int && len.N is >= 0 and <= MaxTrackedElements)
                {
                    for (var i = 0; i < len.N; i++)
                    {
                        coll.Elements.Add(Zero(s, mk.Type is Semantics.SliceType st ? st.Elem : UnknownType.Instance));
                    }
                }
                else
                {
                    coll.LengthKnown = false;
                    coll.Extent = len.IsOverflow ? LargeLength : len.Kind == ValueKind.Int && len.N > 0 ? len.N : -1;
                }
                return Value.Ref(s.Alloc(coll));
            }
            case MLen l:
            {
                var x = Eval(s, f, l.X);
                if (x.Kind == ValueKind.Unknown && l.X is MVar lv && !_probe && lv.Var.Type.Underlying is Semantics.SliceType or Semantics.MapType)
                {
                    // an unknown slice: give it an identity so every loop over it agrees on its length
                    x = Value.Ref(s.Alloc(new CollectionObj { LengthKnown = false, IsMap = lv.Var.Type.Underlying is Semantics.MapType }));
                    StoreVar(s, f, lv.Var, x);
                }
                if (s.Get<CollectionObj>(x) is { } c)
                {
                    return c.LengthKnown ? Value.Int(c.Elements.Count) : c.Open ? Value.Unknown : ExtentLength(c) ?? new Value(ValueKind.SymLen, x.N);
                }
                return x.Kind == ValueKind.Nil ? Value.Int(0) : ByteLength(x) is { } bytes ? Value.Int(bytes) : Value.Unknown;
            }
            case MTypeAssert ta:
                return TypeAssert(s, f, ta);
            case MCopy cp:
                return Copy(s, Eval(s, f, cp.Dst), Eval(s, f, cp.Src));
            case MAppend a:
                return Append(s, f, a);
            case MSlice sl:
                return Slice(s, f, sl);
            case MZero z:
                return Zero(s, z.Type);
            case MRecover:
                return s.Goroutines.Find(g => g.Frames.Contains(f)) is { Panicking: true, Goexiting: false } ? Value.NonNil : Value.Nil;
            case MGlobal gl when _model.IsSentinel(gl.Symbol):
                return new Value(ValueKind.NonNil, 0, gl.Symbol); // a sentinel error: equal only to itself
            case MGlobal gl:
                return GlobalMutex(s, gl.Symbol);
            default:
                return Value.Unknown;
        }
    }

    /// <summary>
    /// A tracked counter compared with a constant too large to track (<c>i &lt; 1000</c>): the
    /// comparison is exact, so the first iterations are followed instead of cutting the path.
    /// </summary>
    private static Value? LargeConstantComparison(MBinary b, Value x, Value y)
    {
        if (b.Op is not (Token.Lss or Token.Leq or Token.Gtr or Token.Geq or Token.Eql or Token.Neq))
        {
            return null;
        }
        long l, r;
        if (b.Y is MInt yc && y.IsOverflow && x.Kind == ValueKind.Int)
        {
            (l, r) = (x.N, yc.Value);
        }
        else if (b.X is MInt xc && x.IsOverflow && y.Kind == ValueKind.Int)
        {
            (l, r) = (xc.Value, y.N);
        }
        else
        {
            return null;
        }
        return Value.Bool(b.Op switch
        {
            Token.Lss => l < r,
            Token.Leq => l <= r,
            Token.Gtr => l > r,
            Token.Geq => l >= r,
            Token.Eql => l == r,
            _ => l != r,
        });
    }

    private static Value Binary(Token op, Value x, Value y)
    {
        switch (op)
        {
            case Token.Lss or Token.Gtr or Token.Leq or Token.Geq or Token.Eql or Token.Neq when LargeComparedWithTracked(op, x, y) is { } decided:
                return decided;
            case Token.Add or Token.Sub or Token.Mul or Token.Lss or Token.Gtr or Token.Leq or Token.Geq or Token.Eql or Token.Neq when x.IsOverflow || y.IsOverflow:
                return Value.Overflow;
            case Token.Eql or Token.Neq:
            {
                var eq = Equal(x, y);
                return eq is null ? Value.Unknown : Value.Bool(op == Token.Eql ? eq.Value : !eq.Value);
            }
            case Token.Lss or Token.Gtr or Token.Leq or Token.Geq when x.Kind == ValueKind.Int && y.Kind == ValueKind.Int:
                return Value.Bool(op switch
                {
                    Token.Lss => x.N < y.N,
                    Token.Gtr => x.N > y.N,
                    Token.Leq => x.N <= y.N,
                    _ => x.N >= y.N,
                });
            case Token.Add or Token.Sub or Token.Mul when x.Kind == ValueKind.Int && y.Kind == ValueKind.Int:
                return Value.Int(op switch
                {
                    Token.Add => x.N + y.N,
                    Token.Sub => x.N - y.N,
                    _ => x.N * y.N,
                });
            case Token.Add when ConcatLengths(x, y) is { } joined:
                return joined;
            case Token.Add when IsNonEmptyString(x) && (y.Kind is ValueKind.Unknown or ValueKind.NonNil) || IsNonEmptyString(y) && x.Kind is ValueKind.Unknown or ValueKind.NonNil:
                return Value.NonEmptyString; // string concatenation with a non-empty part
            case Token.LAnd when x.Kind == ValueKind.Bool && y.Kind == ValueKind.Bool:
                return Value.Bool(x.N != 0 && y.N != 0);
            case Token.LOr when x.Kind == ValueKind.Bool && y.Kind == ValueKind.Bool:
                return Value.Bool(x.N != 0 || y.N != 0);
            default:
                return Value.Unknown;
        }
    }

    private static bool IsNonEmptyString(Value v) => v.Kind == ValueKind.NonNil && v.N >= 3;

    private static bool? Equal(Value x, Value y)
    {
        if (x.Kind == ValueKind.Unknown || y.Kind == ValueKind.Unknown)
        {
            return null;
        }
        if (x.Kind == ValueKind.Nil || y.Kind == ValueKind.Nil)
        {
            var other = x.Kind == ValueKind.Nil ? y : x;
            return other.Kind switch
            {
                ValueKind.Nil => true,
                ValueKind.NonNil or ValueKind.Ref or ValueKind.Closure or ValueKind.Func or ValueKind.Bound or ValueKind.Cancel => false,
                _ => null,
            };
        }
        if (x.Kind == ValueKind.NonNil && y.Kind == ValueKind.NonNil && x.Code is { } xs && y.Code is { } ys)
        {
            return ReferenceEquals(xs, ys); // two sentinel errors
        }
        if (x.Kind == ValueKind.NonNil && y.Kind == ValueKind.NonNil && x.N >= 2 && y.N >= 2)
        {
            // strings whose emptiness or length is known: "" equals "", and differs from any non-empty one
            return StringsEqual(x, y);
        }
        if (x.Kind is ValueKind.Bool or ValueKind.Int && x.Kind == y.Kind)
        {
            return x.N == y.N;
        }
        if (x.Kind == ValueKind.Ref && y.Kind == ValueKind.Ref)
        {
            return x.N == y.N;
        }
        return null;
    }

    private Value Field(State s, Value x, string name, GoType type, int depth = 0)
    {
        if (s.Get<StructObj>(x) is not { } o)
        {
            return CondLocker(s, x, name); // c.L of a Cond: its mutex, so code locking through it is seen
        }
        if (o.Fields.TryGetValue(name, out var v))
        {
            return v;
        }
        var st = o.Type.Underlying as Semantics.StructType ?? (o.Type is PointerType p ? p.Elem.Underlying as Semantics.StructType : null);
        if (st is not null && !st.Fields.Any(fl => fl.Name == name) && depth < 3)
        {
            // promoted through an embedded field
            foreach (var emb in st.Fields.Where(fl => fl.Embedded))
            {
                var inner = Field(s, x, emb.Name, emb.Type, depth + 1);
                if (s.Get<StructObj>(inner) is not null)
                {
                    var r = Field(s, inner, name, type, depth + 1);
                    if (r.Kind != ValueKind.Unknown)
                    {
                        return r;
                    }
                }
            }
            return Value.Unknown;
        }
        if (o.Open)
        {
            return Value.Unknown;
        }
        if (_probe)
        {
            return type.Underlying is Semantics.ChanType ? Value.Nil : Value.Unknown;
        }
        var zero = Zero(s, type);
        o.Fields[name] = zero;
        return zero;
    }

    private Value Index(State s, Value x, Value index)
    {
        if (s.Get<CollectionObj>(x) is not { } c)
        {
            return Value.Unknown;
        }
        if (c.Open)
        {
            return Value.Unknown;
        }
        if (!c.IsMap && c.LengthKnown && index.Kind == ValueKind.Int && index.N >= 0 && index.N < c.Elements.Count)
        {
            return c.Elements[(int)index.N];
        }
        var distinct = c.Elements.Distinct().ToList();
        if (distinct.Count == 1 && (c.LengthKnown || !c.IsMap))
        {
            return distinct[0];
        }
        if (!_probe)
        {
            foreach (var e in distinct)
            {
                Open(s, e);
            }
        }
        return Value.Unknown;
    }

    private Value Composite(State s, Frame f, MComposite c)
    {
        if (WellKnown.IsWaitGroup(c.Type))
        {
            return Value.Ref(s.Alloc(new WaitGroupObj()));
        }
        if (MutexObj.ZeroOf(c.Type, c.Site) is { } mutex)
        {
            return Value.Ref(s.Alloc(mutex));
        }
        if (WellKnown.IsCond(c.Type))
        {
            return CondLiteral(s, f, c);
        }
        switch (c.Kind)
        {
            case CompositeKind.Struct:
            {
                var o = new StructObj { Type = c.Type };
                var values = c.Elements.Select(el => (el.Key, Eval(s, f, el.Value))).ToList();
                foreach (var (k, v) in values)
                {
                    if (k is not null)
                    {
                        o.Fields[k] = v;
                    }
                }
                return Value.Ref(s.Alloc(o));
            }
            default:
            {
                var coll = new CollectionObj { IsMap = c.Kind == CompositeKind.Map, LengthKnown = c.Elements.Length <= MaxTrackedElements };
                foreach (var el in c.Elements)
                {
                    var v = Eval(s, f, el.Value);
                    if (coll.LengthKnown || !coll.Elements.Contains(v))
                    {
                        coll.Elements.Add(v);
                    }
                }
                return Value.Ref(s.Alloc(coll));
            }
        }
    }

    /// <summary>
    /// x[low:high] of a slice whose elements the model knows: a new, shorter slice (so a queue popped
    /// with q = q[1:] empties); anything else stays x itself, as before.
    /// </summary>
    private Value Slice(State s, Frame f, MSlice sl)
    {
        var x = Eval(s, f, sl.X);
        if (x.Kind == ValueKind.NonNil)
        {
            return SliceBytes(s, f, sl, x);
        }
        if (s.Get<CollectionObj>(x) is { LengthKnown: false, Extent: >= 0, IsMap: false, Open: false } sized && !_probe)
        {
            return SliceExtent(s, f, sl, x, sized);
        }
        if (s.Get<CollectionObj>(x) is not { LengthKnown: true, IsMap: false, Open: false } c || _probe)
        {
            return x;
        }
        var low = sl.Low is null ? Value.Int(0) : Eval(s, f, sl.Low);
        var high = sl.High is null ? Value.Int(c.Elements.Count) : Eval(s, f, sl.High);
        if (low.Kind != ValueKind.Int || high.Kind != ValueKind.Int || low.N < 0 || high.N > c.Elements.Count || low.N > high.N
            || low.N == 0 && high.N == c.Elements.Count)
        {
            return x;
        }
        var part = new CollectionObj { LengthKnown = true };
        part.Elements.AddRange(c.Elements.Skip((int)low.N).Take((int)(high.N - low.N)));
        return Value.Ref(s.Alloc(part));
    }

    private Value Append(State s, Frame f, MAppend a)
    {
        var target = Eval(s, f, a.Slice);
        var values = a.Values.Select(v => Eval(s, f, v)).ToList();
        CollectionObj coll;
        if (s.Get<CollectionObj>(target) is { } existing)
        {
            coll = existing;
        }
        else if (target.Kind == ValueKind.Nil)
        {
            coll = new CollectionObj { LengthKnown = true };
            target = Value.Ref(s.Alloc(coll));
        }
        else
        {
            foreach (var v in values)
            {
                Open(s, v);
            }
            return Value.Unknown;
        }
        if (coll.Open)
        {
            foreach (var v in values)
            {
                Open(s, v);
            }
            return target;
        }
        coll.Extent = -1; // appending changes a length the model no longer knows
        if (a.Spread && values.Count == 1 && s.Get<CollectionObj>(values[0]) is { LengthKnown: true, Open: false } known
            && coll.LengthKnown && coll.Elements.Count + known.Elements.Count <= MaxTrackedElements)
        {
            coll.Elements.AddRange(known.Elements); // append(dst, src...) of short known slices stays exact
            return target;
        }
        if (a.Spread)
        {
            coll.LengthKnown = false;
            foreach (var v in values)
            {
                if (s.Get<CollectionObj>(v) is { } other)
                {
                    foreach (var e in other.Elements.Where(e => !coll.Elements.Contains(e)).ToList())
                    {
                        coll.Elements.Add(e);
                    }
                    if (other.Open)
                    {
                        coll.Open = true;
                    }
                }
            }
            return target;
        }
        foreach (var v in values)
        {
            if (coll.LengthKnown && coll.Elements.Count < MaxTrackedElements)
            {
                coll.Elements.Add(v);
            }
            else
            {
                if (coll.LengthKnown)
                {
                    coll.LengthKnown = false;
                    var distinct = coll.Elements.Distinct().ToList();
                    coll.Elements.Clear();
                    coll.Elements.AddRange(distinct);
                }
                if (!coll.Elements.Contains(v))
                {
                    coll.Elements.Add(v);
                }
            }
        }
        return target;
    }

    /// <summary>The zero value of a type: nil for channels and pointers, fresh objects for structs and WaitGroups.</summary>
    private static Value Zero(State s, GoType type)
    {
        if (WellKnown.IsWaitGroup(type) && type is NamedType)
        {
            return Value.Ref(s.Alloc(new WaitGroupObj()));
        }
        if (type is NamedType && MutexObj.ZeroOf(type) is { } mutex)
        {
            return Value.Ref(s.Alloc(mutex));
        }
        if (type is NamedType && SyncZeroOf(type) is OnceObj once)
        {
            return Value.Ref(s.Alloc(once));
        }
        switch (type.Underlying)
        {
            case Semantics.ChanType:
            case PointerType:
            case SignatureType:
            case Semantics.SliceType:
            case Semantics.MapType:
                return Value.Nil;
            case InterfaceType:
                return type is NamedType || ((InterfaceType)type.Underlying).Methods.IsEmpty ? Value.Nil : Value.Unknown;
            case Semantics.StructType when type is NamedType nt && !WellKnown.IsNamed(nt, "sync", "Mutex") && !WellKnown.IsNamed(nt, "sync", "RWMutex") && !WellKnown.IsNamed(nt, "sync", "Once") && nt.PkgPath != "sync":
                return Value.Ref(s.Alloc(new StructObj { Type = type }));
            case BasicType { IsBoolean: true }:
                return Value.False;
            case BasicType { IsInteger: true }:
                return Value.Int(0);
            case BasicType { IsString: true }:
                return Value.EmptyString;
            case Semantics.ArrayType { Length: >= 0 and <= MaxTrackedElements } at:
            {
                // a small array (a parser's lookahead buffer): its elements are followed like a slice's
                var arr = new CollectionObj { LengthKnown = true };
                for (var i = 0; i < at.Length; i++)
                {
                    arr.Elements.Add(Zero(s, at.Elem));
                }
                return Value.Ref(s.Alloc(arr));
            }
            default:
                return Value.Unknown;
        }
    }

    // ---- stores ---------------------------------------------------------------------------

    public void Store(State s, Frame f, LValue target, Value v)
    {
        switch (target)
        {
            case LVar lv:
                StoreVar(s, f, lv.Var, v);
                break;
            case LField lf:
            {
                var x = Eval(s, f, lf.X);
                ForgetField(s, lf.Name);
                if (s.Get<StructObj>(x) is { } o)
                {
                    if (o.Open)
                    {
                        Open(s, v);
                    }
                    o.Fields[lf.Name] = v;
                }
                else
                {
                    Open(s, v);
                }
                break;
            }
            case LIndex li:
            {
                var x = Eval(s, f, li.X);
                var index = Eval(s, f, li.Index);
                if (s.Get<CollectionObj>(x) is { } c && !c.Open)
                {
                    if (!c.IsMap && c.LengthKnown && index.Kind == ValueKind.Int && index.N >= 0 && index.N < c.Elements.Count)
                    {
                        c.Elements[(int)index.N] = v;
                    }
                    else
                    {
                        if (c.LengthKnown && !c.IsMap)
                        {
                            c.LengthKnown = false;
                        }
                        if (!c.Elements.Contains(v))
                        {
                            c.Elements.Add(v);
                        }
                        if (c.Elements.Count > 8)
                        {
                            c.Open = true;
                            foreach (var e in c.Elements)
                            {
                                Open(s, e);
                            }
                        }
                    }
                }
                else
                {
                    Open(s, v);
                }
                break;
            }
            case LEscape:
                Open(s, v);
                break;
            case LDeref ld:
                StoreThroughPointer(s, Eval(s, f, ld.Pointer), v);
                break;
            default:
                break;
        }
    }

    /// <summary>A store into field <paramref name="name"/> makes remembered conditions on such fields stale.</summary>
    private static void ForgetField(State s, string name)
    {
        var needle = "." + name;
        foreach (var (id, o) in s.Heap)
        {
            if (o is EnvObj read && read.ConditionsMention(needle) && s.Get<EnvObj>(id) is { } e) // copies only an env that changes
            {
                foreach (var k in e.Facts.Keys.Where(k => k.Contains(needle, StringComparison.Ordinal)).ToList())
                {
                    e.Facts.Remove(k);
                }
                foreach (var k in e.Bounds.Keys.Where(k => k.Contains(needle, StringComparison.Ordinal)).ToList())
                {
                    e.Bounds.Remove(k);
                }
            }
        }
    }

    /// <summary>Marks everything reachable from <paramref name="v"/> as reachable by code Strand does not see.</summary>
    public static void Open(State s, Value v)
    {
        var work = new Stack<int>();
        void Push(Value x)
        {
            if (x.HoldsObject && x.N != 0 && s.Heap.TryGetValue(x.Id, out var o) && !o.Open)
            {
                if (o is ContextObj && x.Kind == ValueKind.Ref)
                {
                    return; // holding a context does not allow cancelling it
                }
                s.Get<HeapObj>(x.Id)!.Open = true;
                work.Push(x.Id);
            }
        }
        Push(v);
        while (work.Count > 0)
        {
            var o = s.Heap[work.Pop()];
            foreach (var x in o.Values())
            {
                Push(x);
            }
        }
    }
}
