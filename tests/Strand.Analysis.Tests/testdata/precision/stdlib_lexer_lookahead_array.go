package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

type tokenKind int

const (
	tokError tokenKind = iota
	tokWord
	tokEnd
)

type token struct {
	kind tokenKind
	text string
}

// scanner (the shape of text/template/parse's lexer) runs in its own goroutine and hands tokens
// over an unbuffered channel.
type scanner struct {
	src    string
	pos    int
	tokens chan token
}

type stepFn func(*scanner) stepFn

func scan(src string) *scanner {
	sc := &scanner{src: src, tokens: make(chan token)}
	go sc.run()
	return sc
}

func (sc *scanner) run() {
	for step := scanWord; step != nil; {
		step = step(sc)
	}
	close(sc.tokens)
}

func scanWord(sc *scanner) stepFn {
	rest := sc.src[sc.pos:]
	if rest == "" {
		sc.tokens <- token{tokEnd, ""}
		return nil
	}
	if strings.HasPrefix(rest, "!") {
		sc.tokens <- token{tokError, "bang"}
		return nil
	}
	sc.tokens <- token{tokWord, rest[:1]}
	sc.pos++
	return scanWord
}

func (sc *scanner) drain() {
	for range sc.tokens {
	}
}

// reader keeps a small lookahead buffer in a fixed-size array, as hand-written parsers do.
type reader struct {
	sc        *scanner
	look      [2]token
	lookCount int
}

func (r *reader) peek() token {
	if r.lookCount > 0 {
		return r.look[r.lookCount-1]
	}
	r.lookCount = 1
	r.look[0] = <-r.sc.tokens
	return r.look[0]
}

func (r *reader) next() token {
	if r.lookCount > 0 {
		r.lookCount--
	} else {
		r.look[0] = <-r.sc.tokens
	}
	return r.look[r.lookCount]
}

func (r *reader) fail(t token) {
	panic(errors.New("bad token " + t.text))
}

func (r *reader) recover(errp *error) {
	if e := recover(); e != nil {
		r.sc.drain() // let the scanner finish
		*errp = e.(error)
	}
}

// words reads until the end token: the scanner sends it last and then closes, so it never blocks.
func words(src string) (n int, err error) {
	r := &reader{sc: scan(src)}
	defer r.recover(&err)
	for r.peek().kind != tokEnd {
		if t := r.next(); t.kind == tokError {
			r.fail(t)
		}
		n++
	}
	return n, nil
}

func main() {
	fmt.Println(words(os.Args[0]))
}
