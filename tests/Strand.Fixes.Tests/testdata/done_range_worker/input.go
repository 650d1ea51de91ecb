package main

import (
	"fmt"
	"runtime"
	"time"
)

// Printer prints queued lines in the background.
type Printer struct {
	lines chan string
}

func NewPrinter() *Printer {
	p := &Printer{lines: make(chan string)}
	go p.drain()
	return p
}

func (p *Printer) drain() {
	for line := range p.lines {
		if line == "" {
			continue
		}
		fmt.Println(line)
	}
}

func use() {
	p := NewPrinter()
	p.lines <- "hello"
}

func main() {
	for i := 0; i < 50; i++ {
		use()
	}
	time.Sleep(200 * time.Millisecond)
	fmt.Println(runtime.NumGoroutine())
}
