package main

import (
	"go/ast"
	"go/token"
	"strconv"
)

// The canonical form (the C# twin is CanonicalAstPrinter.cs; change both together):
//
//   - One line per node, pre-order, indented by one space per depth:
//     `LABEL: TYPE POS END [key=value]...`. POS and END are go/ast's Pos() and End() as 0-based
//     byte offsets (-1 for NoPos). LABEL is the go/ast field name, with `[i]` for list elements.
//   - An absent (nil) child prints `LABEL: nil`; an empty list prints nothing.
//   - Doc and Comment fields, and File.Imports, are references: `LABEL: CommentGroup POS END`
//     (or `LABEL: ImportSpec POS END`) without children; the comment groups themselves are
//     listed once, with their comments, as File.Comments.
//   - Strings are quoted by quote(): printable ASCII as is, other bytes (and `"`, `\`) as \xHH.
//   - Tokens are spelled as go/token spells them (`+=`, `range`, `INT`).
//   - Booleans are `true`/`false`.
//
// The root line is `File package=POS` (go/ast's File.Pos/End are derived, not stored).

type dumper struct {
	buf   []byte
	file  *token.File
	depth int
}

func dumpFile(buf []byte, file *token.File, f *ast.File) []byte {
	d := &dumper{buf: buf, file: file}
	d.buf = append(d.buf, "File package="...)
	d.buf = strconv.AppendInt(d.buf, int64(d.off(f.Package)), 10)
	d.buf = append(d.buf, '\n')
	d.depth++
	d.ref("Doc", f.Doc)
	d.node("Name", f.Name)
	for i, decl := range f.Decls {
		d.node(index("Decls", i), decl)
	}
	for i, imp := range f.Imports {
		d.line(index("Imports", i), "ImportSpec", imp)
		d.end()
	}
	for i, g := range f.Comments {
		d.line(index("Comments", i), "CommentGroup", g)
		d.end()
		d.depth++
		for j, c := range g.List {
			d.line(index("List", j), "Comment", c)
			d.str("text", c.Text)
			d.end()
		}
		d.depth--
	}
	return d.buf
}

func index(label string, i int) string { return label + "[" + strconv.Itoa(i) + "]" }

// off converts a position to a byte offset without go/token's range check (End positions of
// some nodes can sit one past the file).
func (d *dumper) off(p token.Pos) int {
	if !p.IsValid() {
		return -1
	}
	return int(p) - d.file.Base()
}

func (d *dumper) indent() {
	for i := 0; i < d.depth; i++ {
		d.buf = append(d.buf, ' ')
	}
}

// line starts the line of node n; the caller appends scalars and calls end.
func (d *dumper) line(label, typ string, n ast.Node) {
	d.indent()
	d.buf = append(d.buf, label...)
	d.buf = append(d.buf, ": "...)
	d.buf = append(d.buf, typ...)
	d.buf = append(d.buf, ' ')
	d.buf = strconv.AppendInt(d.buf, int64(d.off(n.Pos())), 10)
	d.buf = append(d.buf, ' ')
	d.buf = strconv.AppendInt(d.buf, int64(d.off(n.End())), 10)
}

func (d *dumper) end() { d.buf = append(d.buf, '\n') }

func (d *dumper) nilLine(label string) {
	d.indent()
	d.buf = append(d.buf, label...)
	d.buf = append(d.buf, ": nil\n"...)
}

func (d *dumper) pos(key string, p token.Pos) {
	d.buf = append(d.buf, ' ')
	d.buf = append(d.buf, key...)
	d.buf = append(d.buf, '=')
	d.buf = strconv.AppendInt(d.buf, int64(d.off(p)), 10)
}

func (d *dumper) tok(key string, t token.Token) {
	d.buf = append(d.buf, ' ')
	d.buf = append(d.buf, key...)
	d.buf = append(d.buf, '=')
	d.buf = append(d.buf, t.String()...)
}

func (d *dumper) flag(key string, b bool) {
	d.buf = append(d.buf, ' ')
	d.buf = append(d.buf, key...)
	d.buf = append(d.buf, '=')
	d.buf = strconv.AppendBool(d.buf, b)
}

func (d *dumper) num(key string, n int) {
	d.buf = append(d.buf, ' ')
	d.buf = append(d.buf, key...)
	d.buf = append(d.buf, '=')
	d.buf = strconv.AppendInt(d.buf, int64(n), 10)
}

func (d *dumper) str(key, s string) {
	d.buf = append(d.buf, ' ')
	d.buf = append(d.buf, key...)
	d.buf = append(d.buf, '=')
	d.buf = quote(d.buf, s)
}

const hexDigits = "0123456789abcdef"

func quote(buf []byte, s string) []byte {
	buf = append(buf, '"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c < 0x7f && c != '"' && c != '\\' {
			buf = append(buf, c)
		} else {
			buf = append(buf, '\\', 'x', hexDigits[c>>4], hexDigits[c&15])
		}
	}
	return append(buf, '"')
}

func (d *dumper) ref(label string, g *ast.CommentGroup) {
	if g == nil {
		d.nilLine(label)
		return
	}
	d.line(label, "CommentGroup", g)
	d.end()
}

func (d *dumper) fieldList(label string, l *ast.FieldList) {
	if l == nil {
		d.nilLine(label)
		return
	}
	d.node(label, l)
}

func (d *dumper) exprs(label string, list []ast.Expr) {
	for i, x := range list {
		d.node(index(label, i), x)
	}
}

func (d *dumper) stmts(label string, list []ast.Stmt) {
	for i, s := range list {
		d.node(index(label, i), s)
	}
}

func (d *dumper) idents(label string, list []*ast.Ident) {
	for i, x := range list {
		d.node(index(label, i), x)
	}
}

func (d *dumper) optIdent(label string, x *ast.Ident) {
	if x == nil {
		d.nilLine(label)
		return
	}
	d.node(label, x)
}

func (d *dumper) optLit(label string, x *ast.BasicLit) {
	if x == nil {
		d.nilLine(label)
		return
	}
	d.node(label, x)
}

func (d *dumper) optBlock(label string, x *ast.BlockStmt) {
	if x == nil {
		d.nilLine(label)
		return
	}
	d.node(label, x)
}

// node prints n and its subtree. n is an interface that may hold a typed nil pointer only for
// the fields handled by the opt* helpers above, so a nil interface here means an absent child.
func (d *dumper) node(label string, n ast.Node) {
	if n == nil {
		d.nilLine(label)
		return
	}
	switch n := n.(type) {
	case *ast.Field:
		d.line(label, "Field", n)
		d.end()
		d.children(func() {
			d.ref("Doc", n.Doc)
			d.idents("Names", n.Names)
			d.node("Type", n.Type)
			d.optLit("Tag", n.Tag)
			d.ref("Comment", n.Comment)
		})
	case *ast.FieldList:
		d.line(label, "FieldList", n)
		d.pos("opening", n.Opening)
		d.pos("closing", n.Closing)
		d.end()
		d.children(func() {
			for i, f := range n.List {
				d.node(index("List", i), f)
			}
		})

	case *ast.BadExpr:
		d.line(label, "BadExpr", n)
		d.end()
	case *ast.Ident:
		d.line(label, "Ident", n)
		d.str("name", n.Name)
		d.end()
	case *ast.Ellipsis:
		d.line(label, "Ellipsis", n)
		d.end()
		d.children(func() { d.node("Elt", n.Elt) })
	case *ast.BasicLit:
		d.line(label, "BasicLit", n)
		d.tok("kind", n.Kind)
		d.str("value", n.Value)
		d.end()
	case *ast.FuncLit:
		d.line(label, "FuncLit", n)
		d.end()
		d.children(func() {
			d.node("Type", n.Type)
			d.optBlock("Body", n.Body)
		})
	case *ast.CompositeLit:
		d.line(label, "CompositeLit", n)
		d.pos("lbrace", n.Lbrace)
		d.pos("rbrace", n.Rbrace)
		d.flag("incomplete", n.Incomplete)
		d.end()
		d.children(func() {
			d.node("Type", n.Type)
			d.exprs("Elts", n.Elts)
		})
	case *ast.ParenExpr:
		d.line(label, "ParenExpr", n)
		d.end()
		d.children(func() { d.node("X", n.X) })
	case *ast.SelectorExpr:
		d.line(label, "SelectorExpr", n)
		d.end()
		d.children(func() {
			d.node("X", n.X)
			d.optIdent("Sel", n.Sel)
		})
	case *ast.IndexExpr:
		d.line(label, "IndexExpr", n)
		d.pos("lbrack", n.Lbrack)
		d.pos("rbrack", n.Rbrack)
		d.end()
		d.children(func() {
			d.node("X", n.X)
			d.node("Index", n.Index)
		})
	case *ast.IndexListExpr:
		d.line(label, "IndexListExpr", n)
		d.pos("lbrack", n.Lbrack)
		d.pos("rbrack", n.Rbrack)
		d.end()
		d.children(func() {
			d.node("X", n.X)
			d.exprs("Indices", n.Indices)
		})
	case *ast.SliceExpr:
		d.line(label, "SliceExpr", n)
		d.pos("lbrack", n.Lbrack)
		d.pos("rbrack", n.Rbrack)
		d.flag("slice3", n.Slice3)
		d.end()
		d.children(func() {
			d.node("X", n.X)
			d.node("Low", n.Low)
			d.node("High", n.High)
			d.node("Max", n.Max)
		})
	case *ast.TypeAssertExpr:
		d.line(label, "TypeAssertExpr", n)
		d.pos("lparen", n.Lparen)
		d.pos("rparen", n.Rparen)
		d.end()
		d.children(func() {
			d.node("X", n.X)
			d.node("Type", n.Type)
		})
	case *ast.CallExpr:
		d.line(label, "CallExpr", n)
		d.pos("lparen", n.Lparen)
		d.pos("ellipsis", n.Ellipsis)
		d.pos("rparen", n.Rparen)
		d.end()
		d.children(func() {
			d.node("Fun", n.Fun)
			d.exprs("Args", n.Args)
		})
	case *ast.StarExpr:
		d.line(label, "StarExpr", n)
		d.end()
		d.children(func() { d.node("X", n.X) })
	case *ast.UnaryExpr:
		d.line(label, "UnaryExpr", n)
		d.tok("op", n.Op)
		d.end()
		d.children(func() { d.node("X", n.X) })
	case *ast.BinaryExpr:
		d.line(label, "BinaryExpr", n)
		d.tok("op", n.Op)
		d.pos("oppos", n.OpPos)
		d.end()
		d.children(func() {
			d.node("X", n.X)
			d.node("Y", n.Y)
		})
	case *ast.KeyValueExpr:
		d.line(label, "KeyValueExpr", n)
		d.pos("colon", n.Colon)
		d.end()
		d.children(func() {
			d.node("Key", n.Key)
			d.node("Value", n.Value)
		})

	case *ast.ArrayType:
		d.line(label, "ArrayType", n)
		d.end()
		d.children(func() {
			d.node("Len", n.Len)
			d.node("Elt", n.Elt)
		})
	case *ast.StructType:
		d.line(label, "StructType", n)
		d.flag("incomplete", n.Incomplete)
		d.end()
		d.children(func() { d.fieldList("Fields", n.Fields) })
	case *ast.FuncType:
		d.line(label, "FuncType", n)
		d.pos("func", n.Func)
		d.end()
		d.children(func() {
			d.fieldList("TypeParams", n.TypeParams)
			d.fieldList("Params", n.Params)
			d.fieldList("Results", n.Results)
		})
	case *ast.InterfaceType:
		d.line(label, "InterfaceType", n)
		d.flag("incomplete", n.Incomplete)
		d.end()
		d.children(func() { d.fieldList("Methods", n.Methods) })
	case *ast.MapType:
		d.line(label, "MapType", n)
		d.end()
		d.children(func() {
			d.node("Key", n.Key)
			d.node("Value", n.Value)
		})
	case *ast.ChanType:
		d.line(label, "ChanType", n)
		d.pos("arrow", n.Arrow)
		d.num("dir", int(n.Dir))
		d.end()
		d.children(func() { d.node("Value", n.Value) })

	case *ast.BadStmt:
		d.line(label, "BadStmt", n)
		d.end()
	case *ast.DeclStmt:
		d.line(label, "DeclStmt", n)
		d.end()
		d.children(func() { d.node("Decl", n.Decl) })
	case *ast.EmptyStmt:
		d.line(label, "EmptyStmt", n)
		d.flag("implicit", n.Implicit)
		d.end()
	case *ast.LabeledStmt:
		d.line(label, "LabeledStmt", n)
		d.pos("colon", n.Colon)
		d.end()
		d.children(func() {
			d.optIdent("Label", n.Label)
			d.node("Stmt", n.Stmt)
		})
	case *ast.ExprStmt:
		d.line(label, "ExprStmt", n)
		d.end()
		d.children(func() { d.node("X", n.X) })
	case *ast.SendStmt:
		d.line(label, "SendStmt", n)
		d.pos("arrow", n.Arrow)
		d.end()
		d.children(func() {
			d.node("Chan", n.Chan)
			d.node("Value", n.Value)
		})
	case *ast.IncDecStmt:
		d.line(label, "IncDecStmt", n)
		d.tok("tok", n.Tok)
		d.pos("tokpos", n.TokPos)
		d.end()
		d.children(func() { d.node("X", n.X) })
	case *ast.AssignStmt:
		d.line(label, "AssignStmt", n)
		d.tok("tok", n.Tok)
		d.pos("tokpos", n.TokPos)
		d.end()
		d.children(func() {
			d.exprs("Lhs", n.Lhs)
			d.exprs("Rhs", n.Rhs)
		})
	case *ast.GoStmt:
		d.line(label, "GoStmt", n)
		d.end()
		d.children(func() { d.node("Call", n.Call) })
	case *ast.DeferStmt:
		d.line(label, "DeferStmt", n)
		d.end()
		d.children(func() { d.node("Call", n.Call) })
	case *ast.ReturnStmt:
		d.line(label, "ReturnStmt", n)
		d.end()
		d.children(func() { d.exprs("Results", n.Results) })
	case *ast.BranchStmt:
		d.line(label, "BranchStmt", n)
		d.tok("tok", n.Tok)
		d.end()
		d.children(func() { d.optIdent("Label", n.Label) })
	case *ast.BlockStmt:
		d.line(label, "BlockStmt", n)
		d.pos("lbrace", n.Lbrace)
		d.pos("rbrace", n.Rbrace)
		d.end()
		d.children(func() { d.stmts("List", n.List) })
	case *ast.IfStmt:
		d.line(label, "IfStmt", n)
		d.end()
		d.children(func() {
			d.node("Init", n.Init)
			d.node("Cond", n.Cond)
			d.optBlock("Body", n.Body)
			d.node("Else", n.Else)
		})
	case *ast.CaseClause:
		d.line(label, "CaseClause", n)
		d.flag("default", n.List == nil)
		d.pos("colon", n.Colon)
		d.end()
		d.children(func() {
			d.exprs("List", n.List)
			d.stmts("Body", n.Body)
		})
	case *ast.SwitchStmt:
		d.line(label, "SwitchStmt", n)
		d.end()
		d.children(func() {
			d.node("Init", n.Init)
			d.node("Tag", n.Tag)
			d.optBlock("Body", n.Body)
		})
	case *ast.TypeSwitchStmt:
		d.line(label, "TypeSwitchStmt", n)
		d.end()
		d.children(func() {
			d.node("Init", n.Init)
			d.node("Assign", n.Assign)
			d.optBlock("Body", n.Body)
		})
	case *ast.CommClause:
		d.line(label, "CommClause", n)
		d.flag("default", n.Comm == nil)
		d.pos("colon", n.Colon)
		d.end()
		d.children(func() {
			d.node("Comm", n.Comm)
			d.stmts("Body", n.Body)
		})
	case *ast.SelectStmt:
		d.line(label, "SelectStmt", n)
		d.end()
		d.children(func() { d.optBlock("Body", n.Body) })
	case *ast.ForStmt:
		d.line(label, "ForStmt", n)
		d.end()
		d.children(func() {
			d.node("Init", n.Init)
			d.node("Cond", n.Cond)
			d.node("Post", n.Post)
			d.optBlock("Body", n.Body)
		})
	case *ast.RangeStmt:
		d.line(label, "RangeStmt", n)
		d.tok("tok", n.Tok)
		d.pos("tokpos", n.TokPos)
		d.end()
		d.children(func() {
			d.node("Key", n.Key)
			d.node("Value", n.Value)
			d.node("X", n.X)
			d.optBlock("Body", n.Body)
		})

	case *ast.ImportSpec:
		d.line(label, "ImportSpec", n)
		d.end()
		d.children(func() {
			d.ref("Doc", n.Doc)
			d.optIdent("Name", n.Name)
			d.optLit("Path", n.Path)
			d.ref("Comment", n.Comment)
		})
	case *ast.ValueSpec:
		d.line(label, "ValueSpec", n)
		d.end()
		d.children(func() {
			d.ref("Doc", n.Doc)
			d.idents("Names", n.Names)
			d.node("Type", n.Type)
			d.exprs("Values", n.Values)
			d.ref("Comment", n.Comment)
		})
	case *ast.TypeSpec:
		d.line(label, "TypeSpec", n)
		d.pos("assign", n.Assign)
		d.end()
		d.children(func() {
			d.ref("Doc", n.Doc)
			d.optIdent("Name", n.Name)
			d.fieldList("TypeParams", n.TypeParams)
			d.node("Type", n.Type)
			d.ref("Comment", n.Comment)
		})

	case *ast.BadDecl:
		d.line(label, "BadDecl", n)
		d.end()
	case *ast.GenDecl:
		d.line(label, "GenDecl", n)
		d.tok("tok", n.Tok)
		d.pos("lparen", n.Lparen)
		d.pos("rparen", n.Rparen)
		d.end()
		d.children(func() {
			d.ref("Doc", n.Doc)
			for i, s := range n.Specs {
				d.node(index("Specs", i), s)
			}
		})
	case *ast.FuncDecl:
		d.line(label, "FuncDecl", n)
		d.end()
		d.children(func() {
			d.ref("Doc", n.Doc)
			d.fieldList("Recv", n.Recv)
			d.optIdent("Name", n.Name)
			d.node("Type", n.Type)
			d.optBlock("Body", n.Body)
		})
	default:
		d.indent()
		d.buf = append(d.buf, label...)
		d.buf = append(d.buf, ": UNKNOWN\n"...)
	}
}

func (d *dumper) children(f func()) {
	d.depth++
	f()
	d.depth--
}
