using System.Collections.Immutable;
using Strand.Model.Ir;
using Strand.Semantics;
using Strand.Syntax.Ast;
using Strand.Syntax.Tokens;
using SemChan = Strand.Semantics.ChanType;
using SemMap = Strand.Semantics.MapType;
using SemStruct = Strand.Semantics.StructType;

namespace Strand.Model.Lowering;

/// <summary>
/// Lowers one function body to a control-flow graph of <see cref="Instr"/>: calls and receives
/// inside expressions are hoisted into temporaries, conditions become branches with
/// short-circuit edges, loops and switches become jumps. Code it does not understand becomes
/// unknown values, never an error.
/// </summary>
public sealed partial class FunctionLowerer
{
    private const int MaxDepth = 200;

    private readonly ProgramModel _program;
    private readonly TypeInfo _info;
    private readonly GoFile _file;
    private readonly Node _owner;
    private readonly List<Instr> _code = [];
    private List<(int Instr, int Slot)> _pending = [];
    private readonly List<LoopTarget> _targets = [];
    private readonly Dictionary<string, Label> _labels = new(StringComparer.Ordinal);
    private int _temps;
    private int _depth;
    private bool _recovers;

    private FunctionLowerer(ProgramModel program, GoFile file, Node owner)
    {
        _program = program;
        _info = program.Info;
        _file = file;
        _owner = owner;
    }

    public static FuncModel Lower(ProgramModel program, FuncDecl decl, GoFile file)
    {
        var l = new FunctionLowerer(program, file, decl);
        Variable? recv = null;
        if (decl.Recv is { } r)
        {
            recv = l.Params(r).FirstOrDefault();
        }
        var ps = l.Params(decl.Type.Params);
        var rs = decl.Type.Results is { } res ? l.Params(res) : [];
        var name = decl.Name.Name;
        if (decl.Recv is { List.Length: > 0 } rl && rl.List[0].Type is { } rt)
        {
            name = ReceiverTypeName(rt) + "." + name;
        }
        return l.Build(decl.Body!, name, ps, recv, rs);
    }

    public static FuncModel Lower(ProgramModel program, FuncLit lit, GoFile file)
    {
        var l = new FunctionLowerer(program, file, lit);
        var ps = l.Params(lit.Type.Params);
        var rs = lit.Type.Results is { } res ? l.Params(res) : [];
        var pos = file.Lines.Position(lit.Pos);
        return l.Build(lit.Body, $"func literal at line {pos.Line}", ps, null, rs);
    }

    private static string ReceiverTypeName(Expr t) => t switch
    {
        StarExpr s => ReceiverTypeName(s.X),
        Ident id => id.Name,
        IndexExpr ix => ReceiverTypeName(ix.X),
        IndexListExpr il => ReceiverTypeName(il.X),
        ParenExpr p => ReceiverTypeName(p.X),
        _ => "?",
    };

    private FuncModel Build(BlockStmt body, string name, ImmutableArray<Variable> ps, Variable? recv, ImmutableArray<Variable> rs)
    {
        Emit(new NopInstr(body), 1);
        // Named results start at their zero value.
        foreach (var v in rs)
        {
            if (!v.IsTemp)
            {
                Emit(new AssignInstr(body, [new LVar(v)], [new MZero(v.Type, body)]), 1);
            }
        }
        Block(body.List);
        var end = Emit(new EndInstr(body.Rbrace >= 0 ? new EmptyStmt(body.Rbrace, body.Rbrace + 1, false) : body), 0);
        foreach (var label in _labels.Values)
        {
            foreach (var (i, s) in label.Fixups)
            {
                _code[i].Next[s] = label.Index >= 0 ? label.Index : end;
            }
        }
        foreach (var instr in _code)
        {
            for (var s = 0; s < instr.Next.Length; s++)
            {
                if (instr.Next[s] < 0)
                {
                    instr.Next[s] = end;
                }
            }
        }
        return new FuncModel(_owner, name, _file, [.. _code], ps, recv, rs, _recovers);
    }

    private ImmutableArray<Variable> Params(FieldList list)
    {
        var b = ImmutableArray.CreateBuilder<Variable>();
        foreach (var f in list.List)
        {
            if (f.Names.IsEmpty)
            {
                b.Add(Temp(f.Type is null ? UnknownType.Instance : _info.TypeOf(f.Type)));
                continue;
            }
            foreach (var n in f.Names)
            {
                b.Add(_info.SymbolOf(n) is VarSymbol vs ? _program.VariableFor(vs, _owner) : Temp(UnknownType.Instance));
            }
        }
        return b.ToImmutable();
    }

    // ---- emission -------------------------------------------------------------------------

    private sealed class Label
    {
        public int Index = -1;
        public readonly List<(int, int)> Fixups = [];
    }

    private sealed record LoopTarget(string? Name, Label? Break, Label? Continue);

    private int Emit(Instr instr, int slots)
    {
        var index = _code.Count;
        instr.Next = Enumerable.Repeat(-1, slots).ToArray();
        _code.Add(instr);
        foreach (var (i, s) in _pending)
        {
            _code[i].Next[s] = index;
        }
        _pending = [];
        for (var s = 0; s < slots; s++)
        {
            _pending.Add((index, s));
        }
        return index;
    }

    private void Place(Label label)
    {
        label.Index = Emit(new NopInstr(_owner), 1);
        foreach (var (i, s) in label.Fixups)
        {
            _code[i].Next[s] = label.Index;
        }
        label.Fixups.Clear();
    }

    private void JumpPending(Label label)
    {
        foreach (var (i, s) in _pending)
        {
            if (label.Index >= 0)
            {
                _code[i].Next[s] = label.Index;
            }
            else
            {
                label.Fixups.Add((i, s));
            }
        }
        _pending = [];
    }

    private void Connect(List<(int, int)> edges, Label label)
    {
        var saved = _pending;
        _pending = edges;
        JumpPending(label);
        _pending = saved;
    }

    private Variable Temp(GoType type) => new($"t{_temps++}", _owner, null, type);

    private Label NamedLabel(string name)
    {
        if (!_labels.TryGetValue(name, out var l))
        {
            l = new Label();
            _labels[name] = l;
        }
        return l;
    }

    // ---- statements -----------------------------------------------------------------------

    private void Block(ImmutableArray<Stmt> list)
    {
        foreach (var s in list)
        {
            Statement(s);
        }
    }

    private void Statement(Stmt s, string? label = null)
    {
        if (++_depth > MaxDepth)
        {
            _depth--;
            return;
        }
        try
        {
            StatementCore(s, label);
        }
        finally
        {
            _depth--;
        }
    }

    private void StatementCore(Stmt s, string? label)
    {
        switch (s)
        {
            case BlockStmt b:
                Block(b.List);
                break;
            case ExprStmt e:
                ExprStatement(e.X, e);
                break;
            case SendStmt send:
            {
                var ch = Chan(send.Chan);
                var v = Value(send.Value);
                Emit(new SendInstr(send, ch, v), 1);
                break;
            }
            case AssignStmt a:
                Assign(a);
                break;
            case IncDecStmt inc:
            {
                var target = Target(inc.X);
                var x = Value(inc.X);
                Emit(new AssignInstr(inc, [target], [new MBinary(inc.Tok == Token.Inc ? Token.Add : Token.Sub, x, new MInt(1))]), 1);
                break;
            }
            case DeclStmt d:
                Declare(d.Decl);
                break;
            case GoStmt g:
            {
                var (callee, args) = CallParts(g.Call);
                Emit(new GoInstr(g, callee, args), 1);
                break;
            }
            case DeferStmt d:
            {
                var (callee, args) = CallParts(d.Call);
                Emit(new DeferInstr(d, callee, args), 1);
                break;
            }
            case ReturnStmt r:
                Return(r);
                break;
            case IfStmt i:
                If(i);
                break;
            case SwitchStmt sw:
                Switch(sw, label);
                break;
            case TypeSwitchStmt ts:
                TypeSwitch(ts, label);
                break;
            case SelectStmt sel:
                Select(sel, label);
                break;
            case ForStmt f:
                For(f, label);
                break;
            case RangeStmt r:
                Range(r, label);
                break;
            case LabeledStmt l:
            {
                var target = NamedLabel(l.Label.Name);
                Place(target);
                Statement(l.Stmt, l.Label.Name);
                break;
            }
            case BranchStmt br:
                Branch(br);
                break;
            default:
                break; // empty, bad statements
        }
    }

    private void ExprStatement(Expr x, Stmt site)
    {
        x = Unparen(x);
        if (x is CallExpr call)
        {
            Call(call, []);
        }
        else if (x is UnaryExpr { Op: Token.Arrow } u)
        {
            Emit(new RecvInstr(site, Chan(u.X), LBlank.Instance, LBlank.Instance, RecvForm.Plain), 1);
        }
        else
        {
            Value(x);
        }
    }

    private void Assign(AssignStmt a)
    {
        if (a.Tok is not (Token.Assign or Token.Define))
        {
            // x op= y
            if (a.Lhs.Length == 1 && a.Rhs.Length == 1)
            {
                var target = Target(a.Lhs[0]);
                var x = Value(a.Lhs[0]);
                var y = Value(a.Rhs[0]);
                Emit(new AssignInstr(a, [target], [new MBinary(OpOf(a.Tok), x, y)]), 1);
            }
            return;
        }
        if (a.Rhs.Length == 1 && a.Lhs.Length >= 1)
        {
            var rhs = Unparen(a.Rhs[0]);
            if (rhs is UnaryExpr { Op: Token.Arrow } u)
            {
                var ch = Chan(u.X);
                var v = Target(a.Lhs[0]);
                var ok = a.Lhs.Length > 1 ? Target(a.Lhs[1]) : LBlank.Instance;
                Emit(new RecvInstr(a, ch, v, ok, RecvForm.Plain), 1);
                return;
            }
            if (a.Lhs.Length > 1)
            {
                if (rhs is CallExpr call)
                {
                    Call(call, [.. a.Lhs.Select(Target)]);
                    return;
                }
                // v, ok := m[k] / x.(T): the value is the element or the operand, ok unknown.
                var value = rhs is TypeAssertExpr ta ? Value(ta.X) : Value(rhs);
                var targets = a.Lhs.Select(Target).ToImmutableArray();
                if (rhs is TypeAssertExpr { Type: not null } cta && _info.TypeOf(cta) is { } asserted && asserted.Underlying is not Semantics.InterfaceType && targets.Length == 2)
                {
                    Emit(new AssignInstr(a, targets, [new MTypeAssert(value, asserted, false), new MTypeAssert(value, asserted, true)]), 1);
                    return;
                }
                Emit(new AssignInstr(a, targets, [value, .. Enumerable.Repeat<MExpr>(MUnknown.Instance, targets.Length - 1)]), 1);
                return;
            }
        }
        var values = a.Rhs.Select(Value).ToImmutableArray();
        var lhs = a.Lhs.Select(Target).ToImmutableArray();
        if (values.Length != lhs.Length)
        {
            values = [.. Enumerable.Repeat<MExpr>(MUnknown.Instance, lhs.Length)];
        }
        Emit(new AssignInstr(a, lhs, values), 1);
    }

    private static Token OpOf(Token assignOp) => assignOp switch
    {
        Token.AddAssign => Token.Add,
        Token.SubAssign => Token.Sub,
        Token.MulAssign => Token.Mul,
        Token.QuoAssign => Token.Quo,
        Token.RemAssign => Token.Rem,
        Token.AndAssign => Token.And,
        Token.OrAssign => Token.Or,
        Token.XorAssign => Token.Xor,
        Token.ShlAssign => Token.Shl,
        Token.ShrAssign => Token.Shr,
        _ => Token.AndNot,
    };

    private void Declare(GenDecl decl)
    {
        if (decl.Tok != Token.Var)
        {
            return;
        }
        foreach (var spec in decl.Specs)
        {
            if (spec is not ValueSpec vs)
            {
                continue;
            }
            var targets = vs.Names.Select(n => Target(n)).ToImmutableArray();
            if (vs.Values.Length == 1 && vs.Names.Length > 1 && Unparen(vs.Values[0]) is CallExpr call)
            {
                Call(call, targets);
                continue;
            }
            if (vs.Values.Length == 1 && vs.Names.Length == 2 && Unparen(vs.Values[0]) is UnaryExpr { Op: Token.Arrow } u)
            {
                Emit(new RecvInstr(vs, Chan(u.X), targets[0], targets[1], RecvForm.Plain), 1);
                continue;
            }
            ImmutableArray<MExpr> values;
            if (vs.Values.Length == vs.Names.Length)
            {
                values = [.. vs.Values.Select(Value)];
            }
            else if (vs.Values.IsEmpty)
            {
                values = [.. vs.Names.Select(n => (MExpr)new MZero(TypeOfIdent(n, vs.Type), n))];
            }
            else
            {
                values = [.. vs.Names.Select(_ => (MExpr)MUnknown.Instance)];
            }
            Emit(new AssignInstr(vs, targets, values), 1);
        }
    }

    private GoType TypeOfIdent(Ident n, Expr? typeExpr)
    {
        if (_info.SymbolOf(n) is { Type: { IsUnknown: false } t })
        {
            return t;
        }
        return typeExpr is null ? UnknownType.Instance : _info.TypeOf(typeExpr);
    }

    private void Return(ReturnStmt r)
    {
        ImmutableArray<MExpr> values;
        if (r.Results.Length == 1 && Unparen(r.Results[0]) is CallExpr call && ResultCount(call) > 1)
        {
            var n = ResultCount(call);
            var temps = Enumerable.Range(0, n).Select(_ => Temp(UnknownType.Instance)).ToList();
            Call(call, [.. temps.Select(t => (LValue)new LVar(t))]);
            values = [.. temps.Select(t => (MExpr)new MVar(t))];
        }
        else
        {
            values = [.. r.Results.Select(Value)];
        }
        Emit(new ReturnInstr(r, values), 0);
        _pending = [];
    }

    private int ResultCount(CallExpr call) => _info.TypeOf(call) is TupleType tt ? tt.Types.Length : 1;

    private void If(IfStmt i)
    {
        if (i.Init is { } init)
        {
            Statement(init);
        }
        var (t, f) = Condition(i.Cond);
        var end = new Label();
        _pending = t;
        Block(i.Body.List);
        JumpPending(end);
        _pending = f;
        if (i.Else is { } e)
        {
            Statement(e);
        }
        JumpPending(end);
        Place(end);
    }

    /// <summary>Lowers a condition with short-circuit edges; returns the true and false exits.</summary>
    private (List<(int, int)> True, List<(int, int)> False) Condition(Expr cond)
    {
        cond = Unparen(cond);
        if (cond is BinaryExpr { Op: Token.LAnd } and)
        {
            var (t1, f1) = Condition(and.X);
            _pending = t1;
            var (t2, f2) = Condition(and.Y);
            return (t2, [.. f1, .. f2]);
        }
        if (cond is BinaryExpr { Op: Token.LOr } or)
        {
            var (t1, f1) = Condition(or.X);
            _pending = f1;
            var (t2, f2) = Condition(or.Y);
            return ([.. t1, .. t2], f2);
        }
        if (cond is UnaryExpr { Op: Token.Not } not)
        {
            var (t, f) = Condition(not.X);
            return (f, t);
        }
        var c = Value(cond);
        var index = Emit(new BranchInstr(cond, c), 2);
        _pending = [];
        return ([(index, 0)], [(index, 1)]);
    }

    private void Switch(SwitchStmt sw, string? label)
    {
        if (sw.Init is { } init)
        {
            Statement(init);
        }
        var tag = sw.Tag is null ? null : Value(sw.Tag);
        var end = new Label();
        _targets.Add(new LoopTarget(label, end, null));
        var clauses = sw.Body.List.OfType<CaseClause>().ToList();
        var bodies = clauses.Select(_ => new Label()).ToList();
        List<(int, int)>? defaultEdges = null;
        int defaultIndex = -1;
        for (var ci = 0; ci < clauses.Count; ci++)
        {
            var cc = clauses[ci];
            if (cc.IsDefault)
            {
                defaultIndex = ci;
                continue;
            }
            foreach (var e in cc.List)
            {
                MExpr cond;
                if (tag is null)
                {
                    var (t, f) = Condition(e);
                    Connect(t, bodies[ci]);
                    _pending = f;
                    continue;
                }
                cond = new MBinary(Token.Eql, tag, Value(e));
                var index = Emit(new BranchInstr(e, cond), 2);
                _pending = [(index, 1)];
                Connect([(index, 0)], bodies[ci]);
            }
        }
        defaultEdges = _pending;
        _pending = [];
        if (defaultIndex >= 0)
        {
            Connect(defaultEdges, bodies[defaultIndex]);
        }
        else
        {
            Connect(defaultEdges, end);
        }
        for (var ci = 0; ci < clauses.Count; ci++)
        {
            Place(bodies[ci]);
            var body = clauses[ci].Body;
            var fallsThrough = body.Length > 0 && body[^1] is BranchStmt { Tok: Token.Fallthrough };
            Block(fallsThrough ? body[..^1] : body);
            if (fallsThrough && ci + 1 < clauses.Count)
            {
                JumpPending(bodies[ci + 1]);
            }
            else
            {
                JumpPending(end);
            }
        }
        _targets.RemoveAt(_targets.Count - 1);
        Place(end);
    }

    private void TypeSwitch(TypeSwitchStmt ts, string? label)
    {
        if (ts.Init is { } init)
        {
            Statement(init);
        }
        Expr? subject = ts.Assign switch
        {
            ExprStmt { X: TypeAssertExpr ta } => ta.X,
            AssignStmt { Rhs: [TypeAssertExpr ta] } => ta.X,
            _ => null,
        };
        var value = subject is null ? MUnknown.Instance : Value(subject);
        var end = new Label();
        _targets.Add(new LoopTarget(label, end, null));
        var clauses = ts.Body.List.OfType<CaseClause>().ToList();
        var hasDefault = clauses.Any(c => c.IsDefault);
        var choice = Emit(new ChoiceInstr(ts), clauses.Count + (hasDefault ? 0 : 1));
        _pending = [];
        for (var ci = 0; ci < clauses.Count; ci++)
        {
            _pending = [(choice, ci)];
            if (_info.ImplicitOf(clauses[ci]) is { } implicitVar)
            {
                Emit(new AssignInstr(clauses[ci], [new LVar(_program.VariableFor(implicitVar, _owner))], [value]), 1);
            }
            Block(clauses[ci].Body);
            JumpPending(end);
        }
        if (!hasDefault)
        {
            _pending = [(choice, clauses.Count)];
            JumpPending(end);
        }
        _targets.RemoveAt(_targets.Count - 1);
        Place(end);
    }

    private void Select(SelectStmt sel, string? label)
    {
        var cases = ImmutableArray.CreateBuilder<SelectCase>();
        var clauses = sel.Body.List.OfType<CommClause>().ToList();
        var bodies = new List<CommClause>();
        CommClause? def = null;
        foreach (var cc in clauses)
        {
            switch (cc.Comm)
            {
                case null:
                    def = cc;
                    break;
                case SendStmt s:
                    cases.Add(new SelectCase(true, Chan(s.Chan), Value(s.Value), LBlank.Instance, LBlank.Instance, cc));
                    bodies.Add(cc);
                    break;
                case ExprStmt { X: var x } when Unparen(x) is UnaryExpr { Op: Token.Arrow } u:
                    cases.Add(new SelectCase(false, Chan(u.X), MUnknown.Instance, LBlank.Instance, LBlank.Instance, cc));
                    bodies.Add(cc);
                    break;
                case AssignStmt { Rhs: [var r] } a when Unparen(r) is UnaryExpr { Op: Token.Arrow } u:
                    cases.Add(new SelectCase(false, Chan(u.X), MUnknown.Instance, Target(a.Lhs[0]), a.Lhs.Length > 1 ? Target(a.Lhs[1]) : LBlank.Instance, cc));
                    bodies.Add(cc);
                    break;
                default:
                    break;
            }
        }
        var select = new SelectInstr(sel, cases.ToImmutable(), def is not null);
        var index = Emit(select, bodies.Count + (def is null ? 0 : 1));
        _pending = [];
        var end = new Label();
        _targets.Add(new LoopTarget(label, end, null));
        for (var i = 0; i < bodies.Count; i++)
        {
            _pending = [(index, i)];
            Block(bodies[i].Body);
            JumpPending(end);
        }
        if (def is not null)
        {
            _pending = [(index, bodies.Count)];
            Block(def.Body);
            JumpPending(end);
        }
        _targets.RemoveAt(_targets.Count - 1);
        Place(end);
    }

    private void For(ForStmt f, string? label)
    {
        if (f.Init is { } init)
        {
            Statement(init);
        }
        var head = new Label();
        var cont = new Label();
        var end = new Label();
        Place(head);
        if (f.Cond is { } cond)
        {
            var (t, fl) = Condition(cond);
            Connect(fl, end);
            _pending = t;
        }
        _targets.Add(new LoopTarget(label, end, cont));
        Block(f.Body.List);
        _targets.RemoveAt(_targets.Count - 1);
        Place(cont);
        if (f.Post is { } post)
        {
            Statement(post);
        }
        JumpPending(head);
        Place(end);
    }

    private void Range(RangeStmt r, string? label)
    {
        var xType = _info.TypeOf(r.X);
        var head = new Label();
        var end = new Label();
        if (WellKnown.AsChan(xType) is not null)
        {
            var ch = Chan(r.X);
            var ok = Temp(BasicType.Bool);
            Place(head);
            Emit(new RecvInstr(r, ch, r.Key is null ? LBlank.Instance : Target(r.Key), new LVar(ok), RecvForm.Range), 1);
            var br = Emit(new BranchInstr(r, new MVar(ok)), 2);
            _pending = [(br, 0)];
            Connect([(br, 1)], end);
            _targets.Add(new LoopTarget(label, end, head));
            Block(r.Body.List);
            _targets.RemoveAt(_targets.Count - 1);
            JumpPending(head);
            Place(end);
            return;
        }
        if (xType.Underlying is SignatureType)
        {
            // range over a function: the iterator calls the body any number of times.
            var choice = new Label();
            Place(choice);
            var c = Emit(new ChoiceInstr(r), 2);
            _pending = [(c, 0)];
            Connect([(c, 1)], end);
            _targets.Add(new LoopTarget(label, end, choice));
            Block(r.Body.List);
            _targets.RemoveAt(_targets.Count - 1);
            JumpPending(choice);
            Place(end);
            return;
        }
        var x = Value(r.X);
        var len = Temp(BasicType.Int);
        var i = Temp(BasicType.Int);
        var isInt = xType.Underlying is BasicType { IsInteger: true };
        Emit(new AssignInstr(r, [new LVar(len), new LVar(i)], [isInt ? x : new MLen(x), new MInt(0)]), 1);
        Place(head);
        var b = Emit(new BranchInstr(r, new MBinary(Token.Lss, new MVar(i), new MVar(len))), 2);
        _pending = [(b, 0)];
        Connect([(b, 1)], end);
        var targets = new List<LValue>();
        var values = new List<MExpr>();
        if (r.Key is { } k)
        {
            targets.Add(Target(k));
            values.Add(xType.Underlying is SemMap ? MUnknown.Instance : new MVar(i));
        }
        if (r.Value is { } v)
        {
            targets.Add(Target(v));
            values.Add(new MRangeElement(x, new MVar(i)));
        }
        if (targets.Count > 0)
        {
            Emit(new AssignInstr(r, [.. targets], [.. values]), 1);
        }
        var cont = new Label();
        _targets.Add(new LoopTarget(label, end, cont));
        Block(r.Body.List);
        _targets.RemoveAt(_targets.Count - 1);
        Place(cont);
        Emit(new AssignInstr(r, [new LVar(i)], [new MBinary(Token.Add, new MVar(i), new MInt(1))]), 1);
        JumpPending(head);
        Place(end);
    }

    private void Branch(BranchStmt br)
    {
        switch (br.Tok)
        {
            case Token.Goto when br.Label is { } l:
                JumpPending(NamedLabel(l.Name));
                return;
            case Token.Break:
                for (var i = _targets.Count - 1; i >= 0; i--)
                {
                    if ((br.Label is null || _targets[i].Name == br.Label.Name) && _targets[i].Break is { } b)
                    {
                        JumpPending(b);
                        return;
                    }
                }
                break;
            case Token.Continue:
                for (var i = _targets.Count - 1; i >= 0; i--)
                {
                    if ((br.Label is null || _targets[i].Name == br.Label.Name) && _targets[i].Continue is { } c)
                    {
                        JumpPending(c);
                        return;
                    }
                }
                break;
            default:
                break;
        }
        _pending = [];
    }

    private static Expr Unparen(Expr e)
    {
        while (e is ParenExpr p)
        {
            e = p.X;
        }
        return e;
    }
}
