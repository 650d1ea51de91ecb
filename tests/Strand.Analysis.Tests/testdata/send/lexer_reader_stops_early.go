package main

import (
	"fmt"
	"os"
)

type symKind int

const (
	symEOF symKind = iota
	symName
)

type symbol struct {
	kind symKind
	name string
}

// lexer sends symbols from its own goroutine and closes the channel after the last one.
type lexer struct {
	input []string
	syms  chan symbol
}

func lexAll(input []string) *lexer {
	lx := &lexer{input: input, syms: make(chan symbol)}
	go lx.run()
	return lx
}

func (lx *lexer) run() {
	for _, w := range lx.input {
		lx.syms <- symbol{symName, w} // want "sending on lx.syms.*\(chan-send-leak\)"
	}
	lx.syms <- symbol{symEOF, ""} // want "sending on lx.syms.*\(chan-send-leak\)"
	close(lx.syms)
}

func (lx *lexer) next() symbol { return <-lx.syms }

// drain receives what is left so that run can finish.
func (lx *lexer) drain() {
	for range lx.syms {
	}
}

// cursor keeps the current symbol in a one-element array, as a lookahead buffer.
type cursor struct {
	lx  *lexer
	buf [1]symbol
}

func (c *cursor) advance() symbol {
	c.buf[0] = c.lx.next()
	return c.buf[0]
}

// firstName wants only the first symbol and returns without draining the lexer.
func firstName(input []string) string {
	c := &cursor{lx: lexAll(input)}
	if s := c.advance(); s.kind == symName {
		return s.name
	}
	return ""
}

func main() {
	fmt.Println(firstName(os.Args))
}
