package main

import "fmt"

type flusher struct {
	quit    chan struct{}
	flushed chan struct{}
}

func newFlusher() *flusher {
	return &flusher{quit: make(chan struct{}), flushed: make(chan struct{})}
}

// stop closes both channels: the waiter on flushed wakes up.
func (f *flusher) stop() {
	close(f.quit)
	close(f.flushed)
}

func run() {
	f := newFlusher()
	go func() {
		<-f.flushed
		fmt.Println("flushed")
	}()
	f.stop()
}

func main() {
	run()
	fmt.Println("done")
}
