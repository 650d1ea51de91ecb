package main

import (
	"bufio"
	"fmt"
	"go/parser"
	"go/scanner"
	"go/token"
	"os"
	"runtime"
	"strconv"
	"sync"
	"time"
)

// The mode gofmt uses with -e: comments kept, no identifier resolution, every error reported.
const parseMode = parser.ParseComments | parser.SkipObjectResolution | parser.AllErrors

// forEachOrdered runs work on every path with GOMAXPROCS goroutines and hands the results to
// emit in the order of paths, so that output is deterministic. At most window results wait
// to be emitted at any time, which keeps memory flat however many files there are.
func forEachOrdered(paths []string, work func(path string) []byte, emit func([]byte) error) error {
	const window = 256
	results := make([]chan []byte, len(paths))
	for i := range results {
		results[i] = make(chan []byte, 1)
	}
	slots := make(chan struct{}, window)
	next := make(chan int)
	stop := make(chan struct{})
	go func() {
		defer close(next)
		for i := range paths {
			select {
			case slots <- struct{}{}:
			case <-stop:
				return
			}
			select {
			case next <- i:
			case <-stop:
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				results[i] <- work(paths[i])
			}
		}()
	}
	var err error
	for i := range paths {
		if err = emit(<-results[i]); err != nil {
			break
		}
		<-slots
	}
	close(stop)
	wg.Wait()
	return err
}

func dumpFiles(out *bufio.Writer, paths []string, withErrors bool) error {
	return forEachOrdered(paths, func(path string) []byte {
		var body []byte
		src, err := os.ReadFile(path)
		if err != nil {
			body = []byte("#unreadable\n")
		} else {
			fset := token.NewFileSet()
			f, err := parser.ParseFile(fset, path, src, parseMode)
			if err != nil && (!withErrors || f == nil) {
				body = []byte("#errors\n")
			} else {
				body = dumpFile(nil, fset.File(f.Pos()), f)
			}
		}
		// The header gives the body's length so that a reader can take it in one block.
		head := "#file " + strconv.Itoa(len(body)) + " " + path + "\n"
		return append([]byte(head), body...)
	}, func(b []byte) error {
		_, err := out.Write(b)
		return err
	})
}

func printErrors(out *bufio.Writer, paths []string) error {
	return forEachOrdered(paths, func(path string) []byte {
		src, err := os.ReadFile(path)
		if err != nil {
			return []byte(fmt.Sprintf("%s: %v\n", path, err))
		}
		_, err = parser.ParseFile(token.NewFileSet(), path, src, parseMode)
		var buf []byte
		if list, ok := err.(scanner.ErrorList); ok {
			for _, e := range list {
				buf = append(buf, e.Error()...)
				buf = append(buf, '\n')
			}
		} else if err != nil {
			buf = append(buf, err.Error()...)
			buf = append(buf, '\n')
		}
		return buf
	}, func(b []byte) error {
		_, err := out.Write(b)
		return err
	})
}

// timeParse reads every file first, then times only parser.ParseFile over all of them with a
// pool of GOMAXPROCS goroutines: the speed peer of strand parse.
func timeParse(out *bufio.Writer, paths []string) error {
	sources := make([][]byte, len(paths))
	bytes := 0
	lines := 0
	for i, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		sources[i] = src
		bytes += len(src)
		for _, c := range src {
			if c == '\n' {
				lines++
			}
		}
	}
	var (
		mu     sync.Mutex
		errors int
		wg     sync.WaitGroup
	)
	next := make(chan int, len(paths))
	for i := range paths {
		next <- i
	}
	close(next)
	start := time.Now()
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			local := 0
			for i := range next {
				if _, err := parser.ParseFile(token.NewFileSet(), paths[i], sources[i], parseMode); err != nil {
					local++
				}
			}
			mu.Lock()
			errors += local
			mu.Unlock()
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	ms := float64(elapsed.Microseconds()) / 1000
	fmt.Fprintf(out, "go/parser: %d files, %d lines, %d bytes, %d with errors, %.1f ms, %.1f MB/s, %d threads\n",
		len(paths), lines, bytes, errors, ms, float64(bytes)/1e6/elapsed.Seconds(), runtime.GOMAXPROCS(0))
	return nil
}
