// The twin of select_under_lock.go: the flusher selects without the lock and locks only to
// read the pending count.
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
	b.mu.Lock()
	b.pending = append(b.pending, s)
	b.mu.Unlock()
	b.data <- s
}

func (b *buffer) shutdown() {
	close(b.stop)
}

func (b *buffer) flushOne() {
	select {
	case s := <-b.data:
		b.mu.Lock()
		fmt.Println("flushed", s, len(b.pending))
		b.mu.Unlock()
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
