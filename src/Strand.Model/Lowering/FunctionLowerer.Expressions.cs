using System.Collections.Immutable;
using Strand.Model.Ir;
using Strand.Semantics;
using Strand.Syntax.Ast;
using Strand.Syntax.Tokens;
using SemMap = Strand.Semantics.MapType;
using SemSlice = Strand.Semantics.SliceType;
using SemArray = Strand.Semantics.ArrayType;

namespace Strand.Model.Lowering;

public sealed partial class FunctionLowerer
{
    /// <summary>Lowers an expression to an operand, emitting its calls and receives first.</summary>
    private MExpr Value(Expr e)
    {
        if (++_depth > MaxDepth)
        {
            _depth--;
            return MUnknown.Instance;
        }
        try
        {
            return ValueCore(e);
        }
        finally
        {
            _depth--;
        }
    }

    private MExpr ValueCore(Expr e)
    {
        switch (e)
        {
            case ParenExpr p:
                return Value(p.X);
            case Ident id:
                return Identifier(id);
            case BasicLit lit:
                return lit.Kind == Token.Int && _info.ConstantInt(lit) is { } n ? new MInt(n)
                    : lit.Kind == Token.String ? new MString(lit.Value is "\"\"" or "``")
                    : MNonNil.Instance;
            case SelectorExpr sel:
                return Selector(sel);
            case IndexExpr ix:
            {
                if (_info.SymbolOf(BaseIdent(ix.X)) is FuncSymbol)
                {
                    return Value(ix.X); // generic instantiation f[T]
                }
                var x = Value(ix.X);
                return new MIndex(x, Value(ix.Index));
            }
            case IndexListExpr il:
                return Value(il.X);
            case StarExpr st:
                return Value(st.X);
            case UnaryExpr { Op: Token.Arrow } u:
            {
                var ch = Chan(u.X);
                var t = Temp(_info.TypeOf(e));
                Emit(new RecvInstr(e, ch, new LVar(t), LBlank.Instance, RecvForm.Plain), 1);
                return new MVar(t);
            }
            case UnaryExpr { Op: Token.And } u:
                return Value(u.X);
            case UnaryExpr u:
                return new MUnary(u.Op, Value(u.X));
            case BinaryExpr b:
            {
                if (_info.ConstantOf(b) is { Kind: ConstKind.Bool } cb)
                {
                    return new MBool(cb.Bool);
                }
                if (_info.ConstantInt(b) is { } ci)
                {
                    return new MInt(ci);
                }
                var x = Value(b.X);
                var y = Value(b.Y);
                return new MBinary(b.Op, x, y);
            }
            case CallExpr call:
                return CallValue(call);
            case CompositeLit cl:
                return Composite(cl, _info.TypeOf(cl));
            case FuncLit fl:
                _program.RegisterLiteral(fl, _file);
                return new MClosure(fl);
            case TypeAssertExpr ta:
                return Value(ta.X);
            case SliceExpr sl:
                return new MSlice(Value(sl.X), sl.Low is null ? null : Value(sl.Low), sl.High is null ? null : Value(sl.High));
            default:
                return MUnknown.Instance;
        }
    }

    private static Ident BaseIdent(Expr e) => e switch
    {
        Ident id => id,
        SelectorExpr s => s.Sel,
        ParenExpr p => BaseIdent(p.X),
        _ => new Ident(-1, -1, "_"),
    };

    private MExpr Identifier(Ident id)
    {
        if (id.IsBlank)
        {
            return MUnknown.Instance;
        }
        switch (_info.SymbolOf(id))
        {
            case VarSymbol { Kind: VarKind.Global } g:
                return new MGlobal(g);
            case VarSymbol { Kind: VarKind.Field }:
                return MUnknown.Instance;
            case VarSymbol v:
                return new MVar(_program.VariableFor(v, _owner));
            case ConstSymbol c:
                return c.Value switch
                {
                    { Kind: ConstKind.Bool } b => new MBool(b.Bool),
                    { } k when k.AsLong() is { } n => new MInt(n),
                    { Kind: ConstKind.String } k => new MString(string.IsNullOrEmpty(k.Str)),
                    _ => MUnknown.Instance,
                };
            case NilSymbol:
                return MNil.Instance;
            case FuncSymbol f:
                return new MFunc(f);
            default:
                return MUnknown.Instance;
        }
    }

    private MExpr Selector(SelectorExpr sel)
    {
        if (sel.X is Ident pkg && _info.SymbolOf(pkg) is PackageSymbol)
        {
            return Identifier(sel.Sel);
        }
        var selSym = _info.SymbolOf(sel.Sel);
        if (selSym is FuncSymbol f)
        {
            return f.Decl is null && f.StdPath is null ? MUnknown.Instance : new MMethodValue(f, Value(sel.X));
        }
        var x = Value(sel.X);
        return new MField(x, sel.Sel.Name, _info.TypeOf(sel));
    }

    private MExpr Composite(CompositeLit cl, GoType type)
    {
        var u = type.Underlying;
        var kind = u switch
        {
            SemSlice or SemArray => CompositeKind.Slice,
            SemMap => CompositeKind.Map,
            _ => CompositeKind.Struct,
        };
        var elements = ImmutableArray.CreateBuilder<(string?, MExpr)>();
        var index = 0;
        var structType = u as Semantics.StructType;
        foreach (var el in cl.Elts)
        {
            if (el is KeyValueExpr kv)
            {
                var key = kind == CompositeKind.Struct && kv.Key is Ident k ? k.Name : null;
                var v = kv.Value is CompositeLit inner && inner.Type is null ? Composite(inner, ElementType(u, key)) : Value(kv.Value);
                elements.Add((key, v));
            }
            else
            {
                string? key = null;
                if (kind == CompositeKind.Struct && structType is not null && index < structType.Fields.Length)
                {
                    key = structType.Fields[index].Name;
                }
                var v = el is CompositeLit inner && inner.Type is null ? Composite(inner, ElementType(u, key)) : Value(el);
                elements.Add((key, v));
            }
            index++;
        }
        return new MComposite(kind, type, elements.ToImmutable(), cl);
    }

    private static GoType ElementType(GoType u, string? field) => u switch
    {
        SemSlice s => s.Elem,
        SemArray a => a.Elem,
        SemMap m => m.Value,
        Semantics.StructType st when field is not null => st.Fields.FirstOrDefault(f => f.Name == field)?.Type ?? UnknownType.Instance,
        _ => UnknownType.Instance,
    };

    /// <summary>An assignment target.</summary>
    private LValue Target(Expr e)
    {
        e = Unparen(e);
        switch (e)
        {
            case Ident id when id.IsBlank:
                return LBlank.Instance;
            case Ident id:
                return _info.SymbolOf(id) switch
                {
                    VarSymbol { Kind: VarKind.Global } => LEscape.Instance,
                    VarSymbol { Kind: VarKind.Field } => LEscape.Instance,
                    VarSymbol v => new LVar(_program.VariableFor(v, _owner)),
                    _ => LBlank.Instance,
                };
            case SelectorExpr sel when sel.X is Ident pkg && _info.SymbolOf(pkg) is PackageSymbol:
                return LEscape.Instance;
            case SelectorExpr sel:
                return new LField(Value(sel.X), sel.Sel.Name);
            case IndexExpr ix:
            {
                var x = Value(ix.X);
                return new LIndex(x, Value(ix.Index));
            }
            case StarExpr st when Unparen(st.X) is Ident id && _info.SymbolOf(id) is VarSymbol { Kind: not (VarKind.Global or VarKind.Field) }
                && _info.TypeOf(st).Underlying is Semantics.StructType:
                return new LDeref(Value(st.X));
            case StarExpr st when Unparen(st.X) is Ident:
                return LEscape.Instance;
            default:
                return LEscape.Instance;
        }
    }

    private ChanRef Chan(Expr e) => new(Value(e), ExprText.Render(Unparen(e)), Unparen(e));

    // ---- calls ----------------------------------------------------------------------------

    /// <summary>A call used for its value: builtins are evaluated inline, other calls go through a temporary.</summary>
    private MExpr CallValue(CallExpr call)
    {
        var target = _info.ResolveCall(call);
        switch (target)
        {
            case CallTarget.Conversion when call.Args.Length == 1 && _info.TypeOf(call).Underlying is SemSlice
                && _info.ConstantOf(call.Args[0]) is { Kind: ConstKind.String } text:
                // []byte("...") carries its length (data a write loop hands out); plain strings do not, so
                // string-heavy code keeps the states it had
                return MString.Of(text.Str);
            case CallTarget.Conversion:
                return call.Args.Length == 1 ? Value(call.Args[0]) : MUnknown.Instance;
            case CallTarget.Builtin b:
                switch (b.Name)
                {
                    case "make":
                        return Make(call);
                    case "new":
                        return new MComposite(CompositeKind.Struct, call.Args.Length > 0 ? _info.TypeOf(call.Args[0]) : UnknownType.Instance, [], call);
                    case "len" or "cap" when call.Args.Length == 1:
                        return new MLen(Value(call.Args[0]));
                    case "copy" when call.Args.Length == 2:
                    {
                        var dst = Value(call.Args[0]);
                        return new MCopy(dst, Value(call.Args[1]));
                    }
                    case "append" when call.Args.Length >= 1:
                    {
                        var s = Value(call.Args[0]);
                        var rest = call.Args.Skip(1).Select(Value).ToImmutableArray();
                        return new MAppend(s, rest, call.HasEllipsis);
                    }
                    case "recover":
                        _recovers = true;
                        return MRecover.Instance;
                    case "close" or "panic":
                        Call(call, []);
                        return MUnknown.Instance;
                    default:
                        foreach (var a in call.Args)
                        {
                            Value(a);
                        }
                        return MUnknown.Instance;
                }
            default:
            {
                var t = Temp(_info.TypeOf(call));
                Call(call, [new LVar(t)]);
                return new MVar(t);
            }
        }
    }

    private MExpr Make(CallExpr call)
    {
        if (call.Args.IsEmpty)
        {
            return MUnknown.Instance;
        }
        var type = _info.TypeOf(call.Args[0]);
        var isChan = WellKnown.AsChan(type) is not null || Unparen(call.Args[0]) is Syntax.Ast.ChanType;
        var size = call.Args.Length > 1 ? Value(call.Args[1]) : null;
        if (isChan)
        {
            return new MMakeChan(size, type, call);
        }
        return new MMakeCollection(type.Underlying is SemMap ? CompositeKind.Map : CompositeKind.Slice, size, type, call);
    }

    /// <summary>Emits a call whose results go to <paramref name="results"/>.</summary>
    private void Call(CallExpr call, ImmutableArray<LValue> results)
    {
        if (_info.ResolveCall(call) is CallTarget.Builtin b)
        {
            switch (b.Name)
            {
                case "close" when call.Args.Length == 1:
                    Emit(new CloseInstr(call, Chan(call.Args[0])), 1);
                    return;
                case "panic":
                    foreach (var a in call.Args)
                    {
                        Value(a);
                    }
                    Emit(new PanicInstr(call), 0);
                    _pending = [];
                    return;
                default:
                {
                    var v = CallValue(call);
                    if (!results.IsEmpty)
                    {
                        Emit(new AssignInstr(call, [results[0]], [v]), 1);
                    }
                    return;
                }
            }
        }
        if (_info.ResolveCall(call) is CallTarget.Conversion)
        {
            var v = CallValue(call);
            if (!results.IsEmpty)
            {
                Emit(new AssignInstr(call, [results[0]], [v]), 1);
            }
            return;
        }
        var (callee, args) = CallParts(call);
        switch (callee)
        {
            case Callee.Std { Path: "os.Exit" or "log.Fatal" or "log.Fatalf" or "log.Fatalln" }:
                Emit(new ExitInstr(call), 0);
                _pending = [];
                return;
            case Callee.Std { Path: "log.Panic" or "log.Panicf" or "log.Panicln" }:
                Emit(new PanicInstr(call), 0);
                _pending = [];
                return;
            case Callee.Std { Path: "runtime.Goexit" }:
                Emit(new GoexitInstr(call), 0);
                _pending = [];
                return;
            case Callee.Unknown { Receiver: not null } when Unparen(call.Fun) is SelectorExpr s && StdNames.IsTestGoexit(s.Sel.Name) && IsTestingValue(s.X):
                Emit(new GoexitInstr(call), 0);
                _pending = [];
                return;
            default:
                Emit(new CallInstr(call, callee, args, results), 1);
                return;
        }
    }

    private bool IsTestingValue(Expr x)
    {
        var t = _info.TypeOf(x);
        if (t is NamedType or PointerType)
        {
            return WellKnown.IsNamed(t, "testing", "T") || WellKnown.IsNamed(t, "testing", "B") || WellKnown.IsNamed(t, "testing", "F") || WellKnown.IsNamed(t, "testing", "TB");
        }
        // Unknown testing package: trust a parameter declared as *testing.X.
        return Unparen(x) is Ident id && _info.SymbolOf(id) is VarSymbol { Kind: VarKind.Param } v && v.DeclIdent is not null && id.Name is "t" or "b" or "f" or "tb";
    }

    /// <summary>The callee and evaluated arguments of a call (for call, go and defer).</summary>
    private (Callee, ImmutableArray<MExpr>) CallParts(CallExpr call)
    {
        var target = _info.ResolveCall(call);
        var fun = Unparen(call.Fun);
        Callee callee;
        var std = StdPath(call, target, fun);
        if (std is not null && StdNames.IsModeled(std))
        {
            callee = new Callee.Std(std, Receiver(fun, target));
        }
        else
        {
            switch (target)
            {
                case CallTarget.StaticFunction { Function: var f } when f.Decl is { Body: not null } && f.StdPath is null && f.Package is { IsStub: false }:
                    callee = new Callee.Static(f);
                    break;
                case CallTarget.Method { Function: var f, Receiver: var r } when f.Decl is { Body: not null } && f.StdPath is null && f.Package is { IsStub: false }:
                    callee = new Callee.Method(f, Value(r));
                    break;
                case CallTarget.InterfaceMethod im:
                {
                    var visible = im.Candidates.Where(c => c.Decl is { Body: not null } && c.StdPath is null && c.Package is { IsStub: false }).ToImmutableArray();
                    var open = im.Open || visible.Length != im.Candidates.Length;
                    callee = new Callee.Interface(im.Name, visible, open, Value(im.Receiver));
                    break;
                }
                case CallTarget.FuncValue fv:
                    callee = new Callee.Value(Value(fv.Value));
                    break;
                case CallTarget.Builtin b:
                    callee = new Callee.Builtin(b.Name);
                    break;
                default:
                {
                    var recv = fun is SelectorExpr s && !(s.X is Ident pk && _info.SymbolOf(pk) is PackageSymbol) ? Value(s.X) : null;
                    var knownStd = std is not null && StdNames.IsPurePackage(PackageOf(std));
                    if (fun is FuncLit lit)
                    {
                        _program.RegisterLiteral(lit, _file);
                        callee = new Callee.Value(new MClosure(lit));
                        break;
                    }
                    callee = new Callee.Unknown(recv, knownStd);
                    break;
                }
            }
        }
        var args = ImmutableArray.CreateBuilder<MExpr>(call.Args.Length);
        foreach (var a in call.Args)
        {
            args.Add(Value(a));
        }
        return (callee, args.MoveToImmutable());
    }

    private static string PackageOf(string stdPath)
    {
        // "os/signal.Notify" -> "os/signal"; "time.Timer.Stop" -> "time"
        var slash = stdPath.LastIndexOf('/');
        var dot = stdPath.IndexOf('.', slash + 1);
        return dot < 0 ? stdPath : stdPath[..dot];
    }

    private MExpr? Receiver(Expr fun, CallTarget target) => target switch
    {
        CallTarget.Method m => Value(m.Receiver),
        CallTarget.InterfaceMethod im => Value(im.Receiver),
        _ => fun is SelectorExpr s && !(s.X is Ident pk && _info.SymbolOf(pk) is PackageSymbol) ? Value(s.X) : null,
    };

    private string? StdPath(CallExpr call, CallTarget target, Expr fun) => StdCalls.PathOf(_info, call, target, fun);

}
