// The flusher holds the lock while it selects; the writer must take that lock before it sends,
// and the stop channel is closed only after the flush returns.
package main

import (
	"fmt"
	"sync"
)

type buffer struct {
	mu      sync.Mutex
	pending []string
	data    chan string
	stop    chan struct{}
}

func (b *buffer) write(s string) {
	b.mu.Lock() // want "mu.*[(]lock-chan-deadlock[)]"
	b.pending = append(b.pending, s)
	b.mu.Unlock()
	b.data <- s
}

func (b *buffer) shutdown() {
	close(b.stop)
}

func (b *buffer) flushOne() {
	b.mu.Lock()
	defer b.mu.Unlock()
	select { // want "[(]lock-chan-deadlock[)]"
	case s := <-b.data:
		fmt.Println("flushed", s, len(b.pending))
	case <-b.stop:
		fmt.Println("stopped")
	}
}

func main() {
	b := &buffer{data: make(chan string), stop: make(chan struct{})}
	go b.write("x")
	b.flushOne()
	b.shutdown()
}
