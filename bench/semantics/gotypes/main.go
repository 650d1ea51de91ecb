// Command gotypes is the peer of Strand.Semantics' load benchmark: it parses and type-checks
// (function bodies included) every package under a directory tree, as go/types does, with
// GOOS=linux GOARCH=amd64 and cgo off; imports are type-checked from source (bodies skipped,
// each once). Test files are not included. Prints "packages files errors ms".
package main

import (
	"flag"
	"fmt"
	"go/ast"
	"go/build"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"strings"
	"time"
)

func main() {
	root := flag.String("root", "", "directory tree (default $GOROOT/src)")
	flag.Parse()
	build.Default.CgoEnabled = false
	build.Default.GOOS = "linux"
	build.Default.GOARCH = "amd64"
	if *root == "" {
		*root = filepath.Join(build.Default.GOROOT, "src")
	}
	if resolved, err := filepath.EvalSymlinks(*root); err == nil {
		*root = resolved // GOROOT/src is often a symlink (Debian), which Walk would not enter
	}
	start := time.Now()
	fset := token.NewFileSet()
	imp := importer.ForCompiler(fset, "source", nil).(types.ImporterFrom)
	packages, files, errors := 0, 0, 0
	filepath.Walk(*root, func(path string, info os.FileInfo, err error) error {
		if err != nil || !info.IsDir() {
			return nil
		}
		name := info.Name()
		if path != *root && (name == "testdata" || name == "vendor" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")) {
			return filepath.SkipDir
		}
		pkg, err := build.Default.ImportDir(path, 0)
		if err != nil || len(pkg.GoFiles) == 0 {
			return nil
		}
		rel, _ := filepath.Rel(*root, path)
		var parsed []*ast.File
		for _, f := range pkg.GoFiles {
			af, err := parser.ParseFile(fset, filepath.Join(path, f), nil, parser.ParseComments)
			if err != nil {
				errors++
			}
			if af != nil {
				parsed = append(parsed, af)
			}
		}
		conf := types.Config{Importer: imp, FakeImportC: true, Error: func(error) { errors++ }}
		info2 := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Defs: map[*ast.Ident]types.Object{}, Uses: map[*ast.Ident]types.Object{}}
		conf.Check(filepath.ToSlash(rel), fset, parsed, info2)
		packages++
		files += len(parsed)
		return nil
	})
	fmt.Printf("%d packages %d files %d errors %d ms\n", packages, files, errors, time.Since(start).Milliseconds())
}
