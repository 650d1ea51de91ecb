using System.Collections.Immutable;
using Strand.Analysis.Engine;
using Strand.Analysis.Findings;
using Strand.Model;
using Strand.Model.Lowering;
using Strand.Semantics;
using Strand.Syntax.Ast;

namespace Strand.Analysis.Checks;

/// <summary>after-in-loop: <c>time.After</c> inside a loop makes a timer per iteration that lives until it fires (before Go 1.23).</summary>
public sealed class AfterInLoopCheck : IFunctionCheck
{
    public string Id => CheckIds.AfterInLoop;

    public bool MayReport(FunctionShape shape) => shape.HasSelect && shape.Calls("time.After");

    private static CallExpr? AfterOperand(CommClause cc, ProgramModel model)
    {
        var x = cc.Comm switch
        {
            ExprStmt { X: UnaryExpr { Op: Strand.Syntax.Tokens.Token.Arrow } u } => u.X,
            AssignStmt { Rhs: [UnaryExpr { Op: Strand.Syntax.Tokens.Token.Arrow } u] } => u.X,
            _ => null,
        };
        return x is CallExpr call && StdCalls.PathOf(model.Info, call) == "time.After" ? call : null;
    }

    /// <summary>
    /// True when a case's body can fall back into the loop: it continues, or it falls out of the
    /// select into statements (<paramref name="tail"/>, innermost first) that do not always leave.
    /// </summary>
    private static bool LoopsAgain(CommClause cc, ImmutableList<ImmutableArray<Stmt>> tail)
    {
        if (HasContinue(cc.Body))
        {
            return true;
        }
        if (!cc.Body.IsEmpty && Leaves(cc.Body[^1]))
        {
            return false;
        }
        foreach (var stmts in tail)
        {
            foreach (var s in stmts)
            {
                if (HasContinue([s]))
                {
                    return true;
                }
                // a break here may only leave an enclosing switch, so only returns and panics count
                if (s is not BranchStmt && Leaves(s))
                {
                    return false;
                }
            }
        }
        return true;
    }

    private static readonly HashSet<string> EndsGoroutine = new(StringComparer.Ordinal)
    {
        "Fatal", "Fatalf", "Fatalln", "FailNow", "Skip", "Skipf", "SkipNow", "Exit", "Goexit",
    };

    /// <summary>A statement after which the loop cannot run again: return, break/goto, panic, t.Fatal-like, os.Exit.</summary>
    private static bool Leaves(Stmt s) => s switch
    {
        ReturnStmt => true,
        BranchStmt { Tok: Strand.Syntax.Tokens.Token.Break or Strand.Syntax.Tokens.Token.Goto } => true,
        ExprStmt { X: CallExpr { Fun: Ident { Name: "panic" } } } => true,
        ExprStmt { X: CallExpr { Fun: SelectorExpr { Sel.Name: var name } } } => EndsGoroutine.Contains(name),
        _ => false,
    };

    private static readonly HashSet<string> FailsTest = new(StringComparer.Ordinal) { "Fatal", "Fatalf", "Error", "Errorf", "FailNow" };

    /// <summary>
    /// A test's hang guard: in a _test.go file, the timer's case fails a *testing.T. Each timer lives at
    /// most its timeout in a short-lived test binary, and the expected path is the other case; the Go
    /// authors use this idiom throughout. Benchmarks (*testing.B) are still reported: b.N turns pile up.
    /// </summary>
    private static bool IsTestWatchdog(CommClause cc, GoFile file, ProgramModel model)
    {
        if (!file.Path.EndsWith("_test.go", StringComparison.Ordinal))
        {
            return false;
        }
        var found = false;
        foreach (var s in cc.Body)
        {
            AstWalker.Inspect(s, n =>
            {
                if (n is CallExpr { Fun: SelectorExpr sel } && FailsTest.Contains(sel.Sel.Name) && IsTestingT(model.Info.TypeOf(sel.X)))
                {
                    found = true;
                }
                return !found && n is not FuncLit;
            });
        }
        return found;
    }

    private static bool IsTestingT(GoType? t) => WellKnown.IsNamed(t, "testing", "T");

    /// <summary>Conservative: any continue (outside closures) may start another turn of the loop.</summary>
    private static bool HasContinue(ImmutableArray<Stmt> stmts)
    {
        var found = false;
        foreach (var s in stmts)
        {
            AstWalker.Inspect(s, n =>
            {
                if (n is BranchStmt { Tok: Strand.Syntax.Tokens.Token.Continue })
                {
                    found = true;
                }
                return !found && n is not FuncLit;
            });
        }
        return found;
    }

    public IEnumerable<Finding> Run(FuncDecl decl, GoFile file, GoPackage package, ProgramModel model, SourceCache sources)
    {
        if (GoVersion.AtLeast(package.Directory, 1, 23))
        {
            return [];
        }
        var findings = new List<Finding>();
        // tail: the statements run after the current one, innermost block first, up to the loop body
        void Walk(Node n, bool inLoop, ImmutableList<ImmutableArray<Stmt>> tail)
        {
            if (n is BlockStmt { List: var list } && !list.Any(s => s is CommClause or CaseClause))
            {
                for (var i = 0; i < list.Length; i++)
                {
                    Visit(list[i], inLoop, tail.Insert(0, list[(i + 1)..]));
                }
                return;
            }
            var body = n switch
            {
                CommClause cc => cc.Body,
                CaseClause kc => kc.Body,
                _ => (ImmutableArray<Stmt>?)null,
            };
            if (body is { } stmts)
            {
                foreach (var c in AstWalker.Children(n))
                {
                    var i = c is Stmt st ? stmts.IndexOf(st) : -1;
                    Visit(c, inLoop, i < 0 ? tail : tail.Insert(0, stmts[(i + 1)..]));
                }
                return;
            }
            foreach (var c in AstWalker.Children(n))
            {
                Visit(c, inLoop, tail);
            }
        }
        void Visit(Node c, bool inLoop, ImmutableList<ImmutableArray<Stmt>> tail)
        {
            // only a timer abandoned by a select that loops again on another case piles up
            if (inLoop && c is SelectStmt sel)
            {
                var clauses = sel.Body.List.OfType<CommClause>().ToList();
                foreach (var cc in clauses)
                {
                    if (AfterOperand(cc, model) is { } call && clauses.Any(o => !ReferenceEquals(o, cc) && LoopsAgain(o, tail)) && !IsTestWatchdog(cc, file, model))
                    {
                        findings.Add(FunctionChecks.Simple(Id,
                            "time.After in a loop makes a new timer on every iteration, and before Go 1.23 each one holds its memory until it fires: make one time.NewTimer outside the loop and Reset it",
                            file, call));
                    }
                }
            }
            var loopBody = c is ForStmt or RangeStmt;
            Walk(c, c is not FuncLit && (inLoop || loopBody), loopBody || c is FuncLit ? [] : tail);
        }
        if (decl.Body is { } root)
        {
            Walk(root, false, []);
        }
        return findings;
    }
}

/// <summary>The Go version a module declares in go.mod (the nearest one above a directory).</summary>
internal static class GoVersion
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, (int, int)?> Cache = new(StringComparer.Ordinal);

    public static bool AtLeast(string directory, int major, int minor) =>
        Of(directory) is { } v && (v.Item1 > major || v.Item1 == major && v.Item2 >= minor);

    private static (int, int)? Of(string directory) => Cache.GetOrAdd(directory, d =>
    {
        try
        {
            var dir = Path.GetFullPath(d.Length == 0 ? "." : d);
            for (var i = 0; i < 32 && dir is not null; i++)
            {
                var mod = Path.Combine(dir, "go.mod");
                if (File.Exists(mod))
                {
                    foreach (var line in File.ReadLines(mod))
                    {
                        var t = line.Trim();
                        if (t.StartsWith("go ", StringComparison.Ordinal))
                        {
                            var parts = t[3..].Trim().Split('.');
                            if (parts.Length >= 2 && int.TryParse(parts[0], out var ma) && int.TryParse(parts[1], out var mi))
                            {
                                return (ma, mi);
                            }
                        }
                    }
                    return null;
                }
                dir = Path.GetDirectoryName(dir);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
        return null;
    });
}
