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

    /// <summary>True when a case's body can fall back into the loop (it does not end with return, break, goto or panic).</summary>
    private static bool LoopsAgain(CommClause cc) => cc.Body.IsEmpty || cc.Body[^1] switch
    {
        ReturnStmt => false,
        BranchStmt { Tok: Strand.Syntax.Tokens.Token.Break or Strand.Syntax.Tokens.Token.Goto } => false,
        ExprStmt { X: CallExpr { Fun: Ident { Name: "panic" } } } => false,
        _ => true,
    };

    public IEnumerable<Finding> Run(FuncDecl decl, GoFile file, GoPackage package, ProgramModel model, SourceCache sources)
    {
        if (GoVersion.AtLeast(package.Directory, 1, 23))
        {
            return [];
        }
        var findings = new List<Finding>();
        void Walk(Node n, bool inLoop)
        {
            foreach (var c in AstWalker.Children(n))
            {
                // only a timer abandoned by a select that loops again on another case piles up
                if (inLoop && c is SelectStmt sel)
                {
                    foreach (var cc in sel.Body.List.OfType<CommClause>())
                    {
                        if (AfterOperand(cc, model) is { } call && sel.Body.List.OfType<CommClause>().Any(o => !ReferenceEquals(o, cc) && LoopsAgain(o)))
                        {
                            findings.Add(FunctionChecks.Simple(Id,
                                "time.After in a loop makes a new timer on every iteration, and before Go 1.23 each one holds its memory until it fires: make one time.NewTimer outside the loop and Reset it",
                                file, call));
                        }
                    }
                }
                var loopBody = c is ForStmt or RangeStmt;
                Walk(c, c is FuncLit ? false : inLoop || loopBody);
            }
        }
        if (decl.Body is { } body)
        {
            Walk(body, false);
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
