package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

// Printer prints queued lines in the background.
type Printer struct {
	lines chan string

	done      chan struct{} // closed by Close: stops the worker
	closeOnce sync.Once
}

func NewPrinter() *Printer {
	p := &Printer{lines: make(chan string), done: make(chan struct{})}
	go p.drain()
	return p
}

func (p *Printer) drain() {
	for {
		select {
		case <-p.done:
			return
		case line, ok := <-p.lines:
			if !ok {
				return
			}
			if line == "" {
				continue
			}
			fmt.Println(line)
		}
	}
}

// Close stops the worker started by NewPrinter; calling it more than once is safe.
func (p *Printer) Close() {
	p.closeOnce.Do(func() { close(p.done) })
}

func use() {
	p := NewPrinter()
	defer p.Close()
	p.lines <- "hello"
}

func main() {
	for i := 0; i < 50; i++ {
		use()
	}
	time.Sleep(200 * time.Millisecond)
	fmt.Println(runtime.NumGoroutine())
}
