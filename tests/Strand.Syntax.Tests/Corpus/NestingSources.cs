using System.Text;

namespace Strand.Syntax.Tests.Corpus;

/// <summary>Sources nested very deeply, balanced and cut short, that must give errors and not overflow the stack.</summary>
public static class NestingSources
{
    public static IEnumerable<Mutant> All(int depth)
    {
        (string Name, string Prefix, string Open, string Middle, string Close, string Suffix)[] shapes =
        [
            ("parentheses", "package p\nvar x = ", "(", "1", ")", "\n"),
            ("index brackets", "package p\nvar x = ", "a[", "0", "]", "\n"),
            ("slice types", "package p\nvar x ", "[]", "int", "", "\n"),
            ("array types", "package p\nvar x ", "[", "1]int", "]int", "\n"),
            ("blocks", "package p\nfunc f() ", "{", "", "}", "\n"),
            ("composite literals", "package p\nvar x = T", "{", "", "}", "\n"),
            ("func types", "package p\nvar x ", "func(", "", ")", "\n"),
            ("func literals", "package p\nvar x = ", "func() { _ = ", "1", "}", "\n"),
            ("pointers", "package p\nvar x ", "*", "int", "", "\n"),
            ("receive channels", "package p\nvar x ", "<-chan ", "int", "", "\n"),
            ("send channels", "package p\nvar x ", "chan<- ", "int", "", "\n"),
            ("unary operators", "package p\nvar x = ", "- ", "1", "", "\n"),
            ("receives", "package p\nvar x = ", "<-", "c", "", "\n"),
            ("if statements", "package p\nfunc f() {\n", "if x {\n", "", "}\n", "}\n"),
            ("binary operators", "package p\nvar x = 1", "+(1", "", ")", "\n"),
            ("struct types", "package p\nvar x ", "struct{ f ", "int", "}", "\n"),
            ("map types", "package p\nvar x ", "map[int]", "int", "", "\n"),
            ("instantiations", "package p\nvar x ", "T[", "int", "]", "\n"),
            ("parenthesized types", "package p\nvar x ", "(", "int", ")", "\n"),
            ("labels", "package p\nfunc f() {\n", "L: ", "", "", "}\n"),
        ];
        foreach (var shape in shapes)
        {
            var balanced = new StringBuilder(shape.Prefix);
            for (var i = 0; i < depth; i++)
            {
                balanced.Append(shape.Open);
            }
            var cut = balanced.ToString();
            balanced.Append(shape.Middle);
            for (var i = 0; i < depth; i++)
            {
                balanced.Append(shape.Close);
            }
            balanced.Append(shape.Suffix);
            yield return new Mutant($"{depth} nested {shape.Name}", Encoding.UTF8.GetBytes(balanced.ToString()));
            yield return new Mutant($"{depth} nested {shape.Name}, cut short", Encoding.UTF8.GetBytes(cut));
        }
    }
}
