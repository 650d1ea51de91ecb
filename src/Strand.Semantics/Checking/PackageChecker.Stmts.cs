using System.Collections.Immutable;
using Strand.Syntax.Ast;
using Strand.Syntax.Tokens;

namespace Strand.Semantics;

internal sealed partial class PackageChecker
{
    private void CheckFuncBody(FuncDecl decl, FuncSymbol fs, Scope fileScope)
    {
        var scope = _t.Scopes.GetValueOrDefault(decl) ?? new Scope(fileScope, ScopeKind.Function, decl);
        _func = new FuncContext(decl, fs.Signature, null);
        try
        {
            CollectLabels(decl.Body!);
            _t.Scopes[decl.Body!] = scope;
            StmtList(decl.Body!.List, scope);
        }
        finally
        {
            _func = null;
        }
    }

    /// <summary>Labels are function-wide (goto may jump forward), so they are collected before the body is checked.</summary>
    private void CollectLabels(BlockStmt body)
    {
        var work = new Stack<Stmt>(body.List);
        while (work.Count > 0)
        {
            var s = work.Pop();
            switch (s)
            {
                case LabeledStmt ls:
                    if (!ls.Label.IsBlank)
                    {
                        var sym = new LabelSymbol(ls.Label.Name, _owner, ls.Label, _file, ls);
                        RecordDef(ls.Label, sym);
                        _func!.Labels.TryAdd(ls.Label.Name, sym);
                    }
                    work.Push(ls.Stmt);
                    break;
                case BlockStmt b:
                    foreach (var x in b.List)
                    {
                        work.Push(x);
                    }
                    break;
                case IfStmt i:
                    work.Push(i.Body);
                    if (i.Else is not null)
                    {
                        work.Push(i.Else);
                    }
                    break;
                case ForStmt f:
                    work.Push(f.Body);
                    break;
                case RangeStmt r:
                    work.Push(r.Body);
                    break;
                case SwitchStmt sw:
                    work.Push(sw.Body);
                    break;
                case TypeSwitchStmt ts:
                    work.Push(ts.Body);
                    break;
                case SelectStmt sel:
                    work.Push(sel.Body);
                    break;
                case CaseClause cc:
                    foreach (var x in cc.Body)
                    {
                        work.Push(x);
                    }
                    break;
                case CommClause cm:
                    foreach (var x in cm.Body)
                    {
                        work.Push(x);
                    }
                    break;
            }
        }
    }

    private void StmtList(ImmutableArray<Stmt> list, Scope scope)
    {
        foreach (var s in list)
        {
            Stmt(s, scope);
        }
    }

    private Scope Open(Node node, Scope parent)
    {
        var s = new Scope(parent, ScopeKind.Block, node);
        _t.Scopes[node] = s;
        return s;
    }

    private void Stmt(Stmt? stmt, Scope scope)
    {
        if (_depth > MaxDepth)
        {
            return;
        }
        _depth++;
        try
        {
            StmtCore(stmt, scope);
        }
        finally
        {
            _depth--;
        }
    }

    private void StmtCore(Stmt? stmt, Scope scope)
    {
        switch (stmt)
        {
            case null:
                return;
            case ExprStmt es:
                Check(es.X, scope);
                return;
            case DeclStmt ds:
                if (ds.Decl.Tok != Token.Import)
                {
                    CollectGenDecl(ds.Decl, scope, scope, packageLevel: false);
                }
                return;
            case AssignStmt a:
                Assign(a, scope);
                return;
            case SendStmt send:
            {
                var ch = Check(send.Chan, scope);
                Check(send.Value, scope, ch.Type.Underlying is ChanType ct ? ct.Elem : null);
                return;
            }
            case IncDecStmt inc:
                Check(inc.X, scope);
                return;
            case GoStmt g:
                Check(g.Call, scope);
                return;
            case DeferStmt d:
                Check(d.Call, scope);
                return;
            case ReturnStmt r:
            {
                var results = _func?.Signature.Results ?? [];
                for (var i = 0; i < r.Results.Length; i++)
                {
                    Check(r.Results[i], scope, r.Results.Length == results.Length ? results[i] : null);
                }
                return;
            }
            case BranchStmt br:
                if (br.Label is not null && _func is not null)
                {
                    if (_func.Labels.TryGetValue(br.Label.Name, out var label))
                    {
                        RecordUse(br.Label, label);
                    }
                    else
                    {
                        BindingError(br.Label, "label " + br.Label.Name + " not defined");
                    }
                }
                return;
            case BlockStmt b:
                StmtList(b.List, Open(b, scope));
                return;
            case LabeledStmt ls:
                Stmt(ls.Stmt, scope);
                return;
            case IfStmt ifs:
            {
                var s = Open(ifs, scope);
                Stmt(ifs.Init, s);
                Check(ifs.Cond, s);
                Stmt(ifs.Body, s);
                Stmt(ifs.Else, s);
                return;
            }
            case ForStmt f:
            {
                var s = Open(f, scope);
                Stmt(f.Init, s);
                if (f.Cond is not null)
                {
                    Check(f.Cond, s);
                }
                Stmt(f.Post, s);
                Stmt(f.Body, s);
                return;
            }
            case RangeStmt r:
                Range(r, scope);
                return;
            case SwitchStmt sw:
            {
                var s = Open(sw, scope);
                Stmt(sw.Init, s);
                GoType? tagType = null;
                if (sw.Tag is not null)
                {
                    tagType = Check(sw.Tag, s).Type;
                }
                _t.Scopes[sw.Body] = s;
                foreach (var c in sw.Body.List)
                {
                    if (c is CaseClause cc)
                    {
                        var cs = Open(cc, s);
                        foreach (var e in cc.List)
                        {
                            Check(e, cs, tagType);
                        }
                        StmtList(cc.Body, cs);
                    }
                }
                return;
            }
            case TypeSwitchStmt ts:
                TypeSwitch(ts, scope);
                return;
            case SelectStmt sel:
                _t.Scopes[sel.Body] = scope;
                foreach (var c in sel.Body.List)
                {
                    if (c is CommClause cc)
                    {
                        var cs = Open(cc, scope);
                        Stmt(cc.Comm, cs);
                        StmtList(cc.Body, cs);
                    }
                }
                return;
            default:
                return; // EmptyStmt, BadStmt
        }
    }

    private void Assign(AssignStmt a, Scope scope)
    {
        if (a.Tok != Token.Define)
        {
            var lhsTypes = new List<GoType?>();
            foreach (var l in a.Lhs)
            {
                lhsTypes.Add(l is Ident { IsBlank: true } ? null : Check(l, scope).Type);
            }
            for (var i = 0; i < a.Rhs.Length; i++)
            {
                Check(a.Rhs[i], scope, a.Lhs.Length == a.Rhs.Length ? lhsTypes[i] : null);
            }
            return;
        }

        // Short variable declaration: right side first (it cannot see the new names).
        var types = new GoType[a.Lhs.Length];
        if (a.Rhs.Length == 1 && a.Lhs.Length > 1)
        {
            var op = Check(a.Rhs[0], scope);
            var tuple = TupleOf(a.Rhs[0], op, a.Lhs.Length);
            for (var i = 0; i < types.Length; i++)
            {
                types[i] = i < tuple.Length ? tuple[i] : UnknownType.Instance;
            }
        }
        else
        {
            for (var i = 0; i < a.Rhs.Length; i++)
            {
                var op = Check(a.Rhs[i], scope);
                if (i < types.Length)
                {
                    types[i] = Default(op.Type);
                }
            }
        }
        DefineVars(a.Lhs, types, scope);
    }

    /// <summary>Declares the new names of a := (redeclared names in the same scope are assignments).</summary>
    private void DefineVars(ImmutableArray<Expr> lhs, GoType?[] types, Scope scope)
    {
        for (var i = 0; i < lhs.Length; i++)
        {
            if (lhs[i] is not Ident id)
            {
                Check(lhs[i], scope);
                continue;
            }
            if (id.IsBlank)
            {
                _t.Definitions.Add(id);
                continue;
            }
            if (scope.Lookup(id.Name) is VarSymbol existing)
            {
                RecordUse(id, existing);
                continue;
            }
            var sym = new VarSymbol(id.Name, VarKind.Local, _owner, id, _file) { Owner = _func?.Owner, Type = types[i] ?? UnknownType.Instance };
            RecordDef(id, sym);
            scope.Replace(sym);
        }
    }

    private void Range(RangeStmt r, Scope scope)
    {
        var x = Check(r.X, scope);
        var s = Open(r, scope);
        GoType key = UnknownType.Instance;
        GoType value = UnknownType.Instance;
        switch (x.Type.Underlying)
        {
            case BasicType { IsString: true }:
                key = BasicType.Int;
                value = BasicType.Int32;
                break;
            case BasicType { IsInteger: true } bi:
                key = x.Type is BasicType { IsUntyped: true } ? BasicType.Int : x.Type;
                _ = bi;
                break;
            case ArrayType at:
                key = BasicType.Int;
                value = at.Elem;
                break;
            case PointerType { Elem.Underlying: ArrayType pa }:
                key = BasicType.Int;
                value = pa.Elem;
                break;
            case SliceType sl:
                key = BasicType.Int;
                value = sl.Elem;
                break;
            case MapType m:
                key = m.Key;
                value = m.Value;
                break;
            case ChanType ch:
                key = ch.Elem;
                break;
            case SignatureType { Params.Length: 1 } it when it.Params[0].Underlying is SignatureType yield:
                // Range over a function iterator: func(yield func(K, V) bool).
                if (yield.Params.Length > 0)
                {
                    key = yield.Params[0];
                }
                if (yield.Params.Length > 1)
                {
                    value = yield.Params[1];
                }
                break;
        }
        if (r.Tok == Token.Define)
        {
            var lhs = ImmutableArray.CreateBuilder<Expr>();
            var types = new List<GoType?>();
            if (r.Key is not null)
            {
                lhs.Add(r.Key);
                types.Add(key);
            }
            if (r.Value is not null)
            {
                lhs.Add(r.Value);
                types.Add(value);
            }
            DefineVars(lhs.ToImmutable(), [.. types], s);
        }
        else
        {
            if (r.Key is not null)
            {
                Check(r.Key, scope);
            }
            if (r.Value is not null)
            {
                Check(r.Value, scope);
            }
        }
        _t.Scopes[r.Body] = s;
        StmtList(r.Body.List, Open(r.Body, s));
    }

    private void TypeSwitch(TypeSwitchStmt ts, Scope scope)
    {
        var s = Open(ts, scope);
        Stmt(ts.Init, s);
        Ident? bound = null;
        Expr? guard = null;
        switch (ts.Assign)
        {
            case AssignStmt { Lhs.Length: 1, Rhs.Length: 1 } a when a.Lhs[0] is Ident id:
                bound = id;
                guard = a.Rhs[0];
                _t.Definitions.Add(id);
                break;
            case ExprStmt es:
                guard = es.X;
                break;
        }
        var guardType = guard is null ? UnknownType.Instance : Check(guard, s).Type;
        foreach (var c in ts.Body.List)
        {
            if (c is not CaseClause cc)
            {
                continue;
            }
            var cs = Open(cc, s);
            GoType? single = null;
            foreach (var e in cc.List)
            {
                var t = Unparen(e) is Ident { Name: "nil" } nilId && s.LookupParent("nil") is NilSymbol
                    ? RecordNil(nilId)
                    : TypeExpr(e, s);
                single = cc.List.Length == 1 ? t : null;
            }
            if (bound is not null && !bound.IsBlank)
            {
                var t = single is not null && single != BasicType.UntypedNil ? single : guardType;
                var sym = new VarSymbol(bound.Name, VarKind.Local, _owner, bound, _file) { Owner = _func?.Owner, Type = t };
                cs.Replace(sym);
                _t.Implicits[cc] = sym;
            }
            StmtList(cc.Body, cs);
        }
    }

    private GoType RecordNil(Ident id)
    {
        RecordUse(id, NilSymbol.Instance);
        return BasicType.UntypedNil;
    }
}
