// Command goastdump is Strand's reference for its Go parser: it prints go/ast in the canonical
// text form that tests/Strand.Syntax.Tests/Corpus/CanonicalAstPrinter.cs prints from Strand's AST,
// prints go/parser's errors as gofmt -e does, and times go/parser over many files.
//
// Usage:
//
//	goastdump [-list FILE] [PATH...]          canonical AST of each file, after a header line
//	                                          "#file LEN PATH" (LEN: bytes of the dump that follows)
//	goastdump -partial [-list FILE] [PATH...] the same, also for files with syntax errors (else "#errors")
//	goastdump -errors [-list FILE] [PATH...]  syntax errors, as gofmt -l -e prints them
//	goastdump -time [-list FILE] [PATH...]    wall time of parser.ParseFile over all files, all cores
//
// FILE lists one path per line, so that thousands of files are handled by one process.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"strings"
)

func main() {
	list := flag.String("list", "", "file that lists the paths to read, one per line")
	errorsMode := flag.Bool("errors", false, "print syntax errors like gofmt -e instead of the AST")
	timeMode := flag.Bool("time", false, "time parser.ParseFile over all files using all cores")
	partial := flag.Bool("partial", false, "dump the (partial) tree of files with syntax errors too")
	flag.Parse()

	paths, err := collectPaths(*list, flag.Args())
	if err != nil {
		fmt.Fprintln(os.Stderr, "goastdump:", err)
		os.Exit(2)
	}
	out := bufio.NewWriterSize(os.Stdout, 1<<20)
	defer out.Flush()
	switch {
	case *timeMode:
		err = timeParse(out, paths)
	case *errorsMode:
		err = printErrors(out, paths)
	default:
		err = dumpFiles(out, paths, *partial)
	}
	if err != nil {
		out.Flush()
		fmt.Fprintln(os.Stderr, "goastdump:", err)
		os.Exit(2)
	}
}

func collectPaths(list string, args []string) ([]string, error) {
	paths := append([]string(nil), args...)
	if list == "" {
		return paths, nil
	}
	data, err := os.ReadFile(list)
	if err != nil {
		return nil, err
	}
	for _, line := range strings.Split(string(data), "\n") {
		if line = strings.TrimRight(line, "\r"); line != "" {
			paths = append(paths, line)
		}
	}
	return paths, nil
}
