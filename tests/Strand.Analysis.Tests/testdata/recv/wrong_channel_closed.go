package main

import "fmt"

type flusher struct {
	quit    chan struct{}
	flushed chan struct{}
}

func newFlusher() *flusher {
	return &flusher{quit: make(chan struct{}), flushed: make(chan struct{})}
}

// stop closes quit, but the waiter below listens on flushed, which no path closes.
func (f *flusher) stop() { close(f.quit) }

func run() {
	f := newFlusher()
	go func() {
		<-f.flushed // want "receiving from (f\.)?flushed.*\(chan-recv-leak\)"
		fmt.Println("flushed")
	}()
	f.stop()
}

func main() {
	run()
	fmt.Println("done")
}
