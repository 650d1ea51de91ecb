using System.Collections.Immutable;
using Strand.Semantics;
using Strand.Syntax.Ast;

namespace Strand.Analysis.Checks.Sync;

/// <summary>
/// One function body the simple checks look at: a declared function or method, or a function
/// literal (analysed on its own: it may run as a goroutine or a callback). Knows which root
/// variables escape, that is which locks some code Strand does not follow here may touch.
/// </summary>
internal sealed class SyncFunction
{
    private readonly HashSet<VarSymbol> _escaped = new(ReferenceEqualityComparer.Instance);

    private readonly List<CallExpr> _lockCalls = [];
    private readonly List<GoStmt> _goStmts = [];
    private readonly List<SelectorExpr> _unlockValues = [];

    private SyncFunction(GoFile file, Node owner, BlockStmt body, string name, TypeInfo info)
    {
        File = file;
        Owner = owner;
        Body = body;
        Name = name;
        Info = info;
    }

    public GoFile File { get; }

    /// <summary>The <see cref="FuncDecl"/> or <see cref="FuncLit"/>.</summary>
    public Node Owner { get; }

    public BlockStmt Body { get; }
    public string Name { get; }
    public TypeInfo Info { get; }

    /// <summary>A <c>goto</c> makes the structured walk unsound: such functions are skipped.</summary>
    public bool HasGoto { get; private set; }

    /// <summary>Calls named like a lock method (<c>x.Lock()</c>, <c>x.RUnlock()</c>...), not yet resolved.</summary>
    public IReadOnlyList<CallExpr> LockNamedCalls => _lockCalls;

    /// <summary>The <c>go</c> statements of this body (not of the function literals inside it).</summary>
    public IReadOnlyList<GoStmt> GoStmts => _goStmts;

    /// <summary><c>x.Unlock</c> / <c>x.RUnlock</c> used as a value rather than called.</summary>
    public IReadOnlyList<SelectorExpr> UnlockValues => _unlockValues;

    /// <summary>
    /// Every function body of <paramref name="file"/> in source order: each declared function, then
    /// the function literals inside it. One pass over the syntax sorts what each body needs.
    /// </summary>
    public static IEnumerable<SyncFunction> AllIn(GoFile file, TypeInfo info)
    {
        var result = new List<SyncFunction>();
        foreach (var decl in file.Decls.OfType<FuncDecl>())
        {
            if (decl.Body is null)
            {
                continue;
            }
            var top = new SyncFunction(file, decl, decl.Body, decl.Name.Name, info);
            result.Add(top);
            var open = new Stack<SyncFunction>();
            open.Push(top);
            var calledFuns = new HashSet<Node>(ReferenceEqualityComparer.Instance);
            AstWalker.Inspect(decl.Body, n =>
            {
                while (open.Count > 1 && n.Pos >= open.Peek().Owner.End)
                {
                    open.Pop(); // pre-order visits nodes in source order: we have left that literal
                }
                var unit = open.Peek();
                switch (n)
                {
                    case FuncLit lit:
                        var line = file.Lines.Position(lit.Pos).Line;
                        var inner = new SyncFunction(file, lit, lit.Body, $"the function literal at {Spans.PathOf(file)}:{line}", info);
                        result.Add(inner);
                        open.Push(inner);
                        break;
                    case CallExpr call:
                        calledFuns.Add(call.Fun);
                        if (call.Fun is SelectorExpr { Sel.Name: "Lock" or "Unlock" or "RLock" or "RUnlock" or "TryLock" or "TryRLock" })
                        {
                            unit._lockCalls.Add(call);
                        }
                        break;
                    case SelectorExpr { Sel.Name: "Unlock" or "RUnlock" } value when !calledFuns.Contains(value):
                        unit._unlockValues.Add(value);
                        break;
                    case GoStmt go:
                        unit._goStmts.Add(go);
                        break;
                    case BranchStmt { Tok: Strand.Syntax.Tokens.Token.Goto }:
                        unit.HasGoto = true;
                        break;
                }
                return true;
            });
        }
        return result;
    }

    private bool _scanned;

    /// <summary>The escape scan walks the whole body: done once, and only for functions that lock something.</summary>
    private void EnsureScanned()
    {
        if (!_scanned)
        {
            _scanned = true;
            FindEscapes();
        }
    }

    /// <summary>
    /// A chain can be tracked when its root is a global or a variable of this very function that
    /// no closure captures and that is used only through fields of plain data, calls and writes.
    /// </summary>
    public bool CanTrack(Chain chain)
    {
        EnsureScanned();
        if (_escaped.Contains(chain.Root))
        {
            return false;
        }
        if (chain.Root.Kind == VarKind.Global)
        {
            return true;
        }
        return chain.Root.DeclIdent is { } decl && ReferenceEquals(chain.Root.File, File)
            && decl.Pos >= Owner.Pos && decl.Pos < Owner.End && !InsideNestedLiteral(decl.Pos);
    }

    private readonly List<FuncLit> _nested = [];

    private bool InsideNestedLiteral(int pos) => _nested.Any(l => pos >= l.Pos && pos < l.End);

    private void FindEscapes()
    {
        var parents = new Dictionary<Node, Node>(ReferenceEqualityComparer.Instance);
        var idents = new List<Ident>();
        AstWalker.Inspect(Body, n =>
        {
            if (n is FuncLit lit && !ReferenceEquals(lit, Owner))
            {
                _nested.Add(lit);
                CaptureAll(lit);
                return false;
            }
            if (n is Ident id)
            {
                idents.Add(id);
            }
            foreach (var child in AstWalker.Children(n))
            {
                parents[child] = n;
            }
            return true;
        });
        foreach (var id in idents)
        {
            if (Info.SymbolOf(id) is not VarSymbol { Kind: not VarKind.Field } v || IsSelectorName(id, parents))
            {
                continue;
            }
            Expr top = id;
            while (parents.TryGetValue(top, out var p) && (p is SelectorExpr s && ReferenceEquals(s.X, top) || p is ParenExpr))
            {
                top = (Expr)p;
            }
            if (!IsHarmlessUse(top, parents.GetValueOrDefault(top)))
            {
                _escaped.Add(v);
            }
        }
    }

    private static bool IsSelectorName(Ident id, Dictionary<Node, Node> parents) =>
        parents.TryGetValue(id, out var p) && p is SelectorExpr s && ReferenceEquals(s.Sel, id)
        || parents.TryGetValue(id, out var q) && q is KeyValueExpr kv && ReferenceEquals(kv.Key, id);

    /// <summary>Calls, writes, and reads of plain data cannot hand the object to anyone.</summary>
    private bool IsHarmlessUse(Expr top, Node? parent) => parent switch
    {
        CallExpr call when ReferenceEquals(call.Fun, top) => true,
        AssignStmt a when a.Lhs.Any(l => ReferenceEquals(l, top)) => true,
        IncDecStmt => true,
        RangeStmt r when ReferenceEquals(r.Key, top) || ReferenceEquals(r.Value, top) => true,
        ValueSpec spec when spec.Names.Any(n => ReferenceEquals(n, top)) => true,
        _ => IsPlainData(Info.TypeOf(top)),
    };

    private static bool IsPlainData(GoType t) => t.Underlying is BasicType or SliceType or Strand.Semantics.MapType or Strand.Semantics.ChanType or Strand.Semantics.ArrayType;

    private void CaptureAll(FuncLit lit)
    {
        AstWalker.Inspect(lit, n =>
        {
            if (n is Ident id && Info.SymbolOf(id) is VarSymbol { Kind: not VarKind.Field } v)
            {
                _escaped.Add(v);
            }
            return true;
        });
    }
}
