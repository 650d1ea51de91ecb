using System.Collections.Concurrent;
using Strand.Model.Ir;
using Strand.Semantics;

namespace Strand.Model;

/// <summary>
/// Finds functions that cannot matter for blocking: no goroutines, no channel or sync
/// operations, no calls of code that might, nothing stored but plain values, and only plain
/// results. The explorer skips calls of them instead of running their bodies, which keeps
/// string and number helpers from multiplying paths.
/// </summary>
public sealed class InertAnalysis(ProgramModel model)
{
    private const int MaxDepth = 8;
    private readonly ConcurrentDictionary<FuncModel, bool> _inert = new(ReferenceEqualityComparer.Instance);

    public bool IsInert(FuncModel f) => IsInert(f, 0, []);

    private bool IsInert(FuncModel f, int depth, HashSet<FuncModel> visiting)
    {
        if (_inert.TryGetValue(f, out var known))
        {
            return known;
        }
        if (depth > MaxDepth || !visiting.Add(f))
        {
            return false;
        }
        var result = Compute(f, depth, visiting);
        visiting.Remove(f);
        _inert[f] = result;
        return result;
    }

    private bool Compute(FuncModel f, int depth, HashSet<FuncModel> visiting)
    {
        if (f.Recovers || f.Results.Any(r => !IsPlain(r.Type)) || f.Code.Length > 400)
        {
            return false;
        }
        foreach (var instr in f.Code)
        {
            switch (instr)
            {
                case NopInstr or BranchInstr or ChoiceInstr or EndInstr:
                    break;
                case ReturnInstr r:
                    if (!r.Values.All(IsPlainExpr))
                    {
                        return false;
                    }
                    break;
                case AssignInstr a:
                    for (var i = 0; i < a.Targets.Length; i++)
                    {
                        if (a.Targets[i] is not (LVar or LBlank) && !(i < a.Values.Length && IsPlainExpr(a.Values[i])))
                        {
                            return false;
                        }
                        if (i < a.Values.Length && ContainsClosure(a.Values[i]))
                        {
                            return false;
                        }
                    }
                    break;
                case CallInstr c:
                    if (c.Results.Any(t => t is not (LVar or LBlank)))
                    {
                        return false;
                    }
                    switch (c.Callee)
                    {
                        case Callee.Std { Path: "errors.New" or "fmt.Errorf" or "errors.Is" }:
                        case Callee.Builtin:
                            break;
                        case Callee.Unknown { KnownStd: true } when c.Args.All(a => !ContainsClosure(a)):
                            break;
                        case Callee.Static s when model.Function(s.Function) is { } m && IsInert(m, depth + 1, visiting):
                            break;
                        case Callee.Method me when model.Function(me.Function) is { } mm && IsInert(mm, depth + 1, visiting):
                            break;
                        default:
                            return false;
                    }
                    break;
                default:
                    return false; // go, defer, channel operations, exits
            }
        }
        return true;
    }

    private static bool IsPlain(GoType t) => t.Underlying is BasicType || t is NamedType { Name: "error", PkgPath: "" };

    private static bool IsPlainExpr(MExpr e) => e switch
    {
        MInt or MBool or MNonNil or MString => true,
        MUnary u => IsPlainExpr(u.X),
        MBinary => true,
        MVar v => IsPlain(v.Var.Type) || v.Var.IsTemp && v.Var.Type.IsUnknown, // temporaries hold results of calls that are themselves inert
        MField f => IsPlain(f.Type),
        MLen or MCopy => true,
        MTypeAssert t => t.Ok || IsPlainExpr(t.X), // as before it was lowered on its own
        _ => false,
    };

    private static bool ContainsClosure(MExpr e) => e switch
    {
        MClosure or MMethodValue or MFunc => true,
        MComposite c => c.Elements.Any(x => ContainsClosure(x.Value)),
        MAppend a => a.Values.Any(ContainsClosure),
        _ => false,
    };
}
