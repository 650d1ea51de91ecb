using Strand.Syntax.Ast;
using Strand.Syntax.Tokens;
using Xunit;

namespace Strand.Syntax.Tests.Parsing;

public sealed class GenericsTests
{
    [Fact]
    public void TypeParameterListIsAFieldListInBrackets()
    {
        var spec = ParseHelper.TypeDecl("List[K comparable, V any] struct{ next *List[K, V] }");
        var tparams = Assert.IsType<FieldList>(spec.TypeParams);
        Assert.Equal(2, tparams.NumFields);
        Assert.Equal(["K", "V"], tparams.List.SelectMany(f => f.Names).Select(n => n.Name).ToArray());
        var next = ((StructType)spec.Type).Fields.List[0];
        var ptr = Assert.IsType<StarExpr>(next.Type);
        var inst = Assert.IsType<IndexListExpr>(ptr.X);
        Assert.Equal(2, inst.Indices.Length);
    }

    [Fact]
    public void ConstraintsWithTildeAndUnions()
    {
        var spec = ParseHelper.TypeDecl("Number interface { ~int | ~int64 | float64; String() string }");
        var methods = ((InterfaceType)spec.Type).Methods.List;
        var union = Assert.IsType<BinaryExpr>(methods[0].Type);
        Assert.Equal(Token.Or, union.Op);
        var left = Assert.IsType<BinaryExpr>(union.X);
        var tilde = Assert.IsType<UnaryExpr>(left.X);
        Assert.Equal(Token.Tilde, tilde.Op);
        Assert.Empty(methods[0].Names); // an embedded element is a field without names
        Assert.Equal("String", methods[1].Names[0].Name);
    }

    [Fact]
    public void InlineConstraintInTypeParameterList()
    {
        var file = ParseHelper.ParseValid("package p\nfunc Sum[T ~int | ~float64](xs ...T) T { return xs[0] }\n");
        var fn = (FuncDecl)file.Decls[0];
        var constraint = Assert.IsType<BinaryExpr>(fn.Type.TypeParams!.List[0].Type);
        Assert.Equal(Token.Or, constraint.Op);
        Assert.IsType<Ellipsis>(fn.Type.Params.List[0].Type);
    }

    [Fact]
    public void InstantiationWithOneArgumentIsIndexExprAndWithMoreIndexListExpr()
    {
        Assert.IsType<IndexExpr>(Assert.IsType<CallExpr>(ParseHelper.Expr("F[int](1)")).Fun);
        var list = Assert.IsType<IndexListExpr>(Assert.IsType<CallExpr>(ParseHelper.Expr("F[K, V](m)")).Fun);
        Assert.Equal(2, list.Indices.Length);
        Assert.IsType<IndexListExpr>(ParseHelper.Expr("pkg.Map[string, int]{}") is CompositeLit c ? c.Type : null);
    }

    [Fact]
    public void GenericMethodOnGenericType()
    {
        var file = ParseHelper.ParseValid("package p\nfunc (l *List[T]) Push(v T) { l.items = append(l.items, v) }\nfunc (m Map[K, V]) Get(k K) V { return m.m[k] }\n");
        var push = (FuncDecl)file.Decls[0];
        var recvType = Assert.IsType<StarExpr>(push.Recv!.List[0].Type);
        Assert.IsType<IndexExpr>(recvType.X);
        var get = (FuncDecl)file.Decls[1];
        Assert.IsType<IndexListExpr>(get.Recv!.List[0].Type);
    }

    [Fact]
    public void GenericTypeAlias()
    {
        var spec = ParseHelper.TypeDecl("Set[T comparable] = map[T]struct{}");
        Assert.True(spec.IsAlias);
        Assert.NotNull(spec.TypeParams);
        Assert.IsType<MapType>(spec.Type);
    }

    [Fact]
    public void ArrayLengthOrTypeParameterIsDecidedAsGoDoes()
    {
        // "[N]int" with a single name is an array; "[P *C,]" with a trailing comma is a type parameter.
        Assert.IsType<ArrayType>(ParseHelper.TypeDecl("A [N]int").Type);
        Assert.Null(ParseHelper.TypeDecl("A [N]int").TypeParams);
        Assert.Null(ParseHelper.TypeDecl("A [P * C]int").TypeParams);
        Assert.NotNull(ParseHelper.TypeDecl("A[P *C,] int").TypeParams);
        Assert.NotNull(ParseHelper.TypeDecl("A[P *[]int] int").TypeParams);
        Assert.NotNull(ParseHelper.TypeDecl("A[P []E] int").TypeParams);
        Assert.NotNull(ParseHelper.TypeDecl("A[P interface{ M() }] int").TypeParams);
    }

    [Fact]
    public void EmbeddedInstantiatedTypesInStructsAndInterfaces()
    {
        var st = (StructType)ParseHelper.TypeDecl("S struct { Base[int]; Pair[K, V]; arr [N]int }").Type;
        Assert.Empty(st.Fields.List[0].Names);
        Assert.IsType<IndexExpr>(st.Fields.List[0].Type);
        Assert.IsType<IndexListExpr>(st.Fields.List[1].Type);
        Assert.Equal("arr", st.Fields.List[2].Names[0].Name);
        Assert.IsType<ArrayType>(st.Fields.List[2].Type);
        var it = (InterfaceType)ParseHelper.TypeDecl("I interface { Constraint[T]; fmt.Stringer }").Type;
        Assert.IsType<IndexExpr>(it.Methods.List[0].Type);
        Assert.IsType<SelectorExpr>(it.Methods.List[1].Type);
    }
}
