using Strand.Syntax.Ast;
using Xunit;

namespace Strand.Syntax.Tests.Parsing;

/// <summary>After an error the parser resynchronises, so the rest of the file still yields a tree.</summary>
public sealed class ErrorRecoveryTests
{
    [Fact]
    public void BrokenFunctionLeavesTheFollowingOnesIntact()
    {
        var result = ParseHelper.Parse("package p\n\nfunc broken() {\n\tx := := 1\n\ty = (]\n\tif {\n\t}\n}\n\nfunc good() {\n\tgo work()\n}\n\ntype T int\n");
        Assert.NotEmpty(result.Errors);
        var good = result.File.Decls.OfType<FuncDecl>().SingleOrDefault(f => f.Name.Name == "good");
        Assert.NotNull(good);
        Assert.IsType<GoStmt>(Assert.Single(good.Body!.List));
        Assert.Contains(result.File.Decls, d => d is GenDecl { Tok: Tokens.Token.Type });
    }

    [Fact]
    public void StatementLevelRecoveryKeepsLaterStatements()
    {
        var result = ParseHelper.Parse("package p\nfunc f() {\n\tx := )\n\tdefer close(ch)\n\treturn\n}\n");
        Assert.NotEmpty(result.Errors);
        var body = ((FuncDecl)result.File.Decls[0]).Body!.List;
        Assert.Contains(body, s => s is DeferStmt);
        Assert.Contains(body, s => s is ReturnStmt);
    }

    [Fact]
    public void GarbageAtTopLevelBecomesBadDeclAndParsingContinues()
    {
        var result = ParseHelper.Parse("package p\n) ] }\nvar x = 1\n");
        Assert.Contains(result.File.Decls, d => d is BadDecl);
        Assert.Contains(result.File.Decls, d => d is GenDecl);
    }

    [Fact]
    public void TruncatedFilesStillGiveATree()
    {
        const string full = "package p\n\nimport \"fmt\"\n\ntype S struct{ a, b int }\n\nfunc (s *S) M(ch chan<- int) {\n\tselect {\n\tcase ch <- s.a:\n\tdefault:\n\t\tfmt.Println([]int{1, 2}[0])\n\t}\n}\n";
        for (var n = 0; n <= full.Length; n++)
        {
            var result = ParseHelper.Parse(full[..n]);
            Assert.NotNull(result.File);
            foreach (var e in result.Errors)
            {
                Assert.InRange(e.Offset, 0, n);
            }
            foreach (var node in ParseHelper.All(result.File))
            {
                Assert.True(node.Pos <= node.End || node.End == Node.NoPos, $"{node.GetType().Name} {node.Pos}..{node.End}");
            }
        }
    }

    [Fact]
    public void MutatedSourceNeverThrowsAndErrorsStayInsideTheFile()
    {
        const string sample = "package p\n\nfunc f[T any](xs []T, ch <-chan T) (n int) {\n\tfor i, x := range xs {\n\t\tswitch v := any(x).(type) {\n\t\tcase int:\n\t\t\tn += v\n\t\t}\n\t\t_ = i\n\t}\n\tselect {\n\tcase v := <-ch:\n\t\t_ = map[string]T{\"a\": v}\n\t}\n\treturn\n}\n";
        var random = new Random(42);
        var alphabet = "(){}[];:,.=<-+*&|^!~\"'`/\n\t x1\0\u00ff"u8.ToArray();
        for (var i = 0; i < 600; i++)
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(sample).ToList();
            for (var k = random.Next(1, 4); k > 0; k--)
            {
                var at = random.Next(bytes.Count);
                switch (random.Next(3))
                {
                    case 0: bytes[at] = alphabet[random.Next(alphabet.Length)]; break;
                    case 1: bytes.RemoveAt(at); break;
                    default: bytes.Insert(at, alphabet[random.Next(alphabet.Length)]); break;
                }
            }
            var source = bytes.ToArray();
            var result = Strand.Syntax.Parsing.GoParser.ParseFile("m.go", source);
            Assert.DoesNotContain(result.Errors, e => e.Message.StartsWith("internal parser error", StringComparison.Ordinal));
            Assert.All(result.Errors, e => Assert.InRange(e.Offset, 0, source.Length));
        }
    }
}
