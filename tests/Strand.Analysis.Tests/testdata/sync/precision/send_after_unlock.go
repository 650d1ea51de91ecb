// State is copied under the lock and the channel operations happen after the unlock, or are
// non-blocking under it.
package main

import (
	"fmt"
	"sync"
)

type hub struct {
	mu    sync.Mutex
	count int
	out   chan int
	drops int
}

func (h *hub) publish() {
	h.mu.Lock()
	h.count++
	n := h.count
	h.mu.Unlock()
	h.out <- n
}

func (h *hub) tryPublish() {
	h.mu.Lock()
	defer h.mu.Unlock()
	select {
	case h.out <- h.count:
	default:
		h.drops++
	}
}

func (h *hub) consume(n int, done chan<- int) {
	sum := 0
	for i := 0; i < n; i++ {
		h.mu.Lock()
		seen := h.count
		h.mu.Unlock()
		if seen > 0 {
			sum += <-h.out
		} else {
			sum -= <-h.out
		}
	}
	done <- sum
}

func main() {
	h := &hub{out: make(chan int)}
	done := make(chan int)
	go h.consume(2, done)
	h.publish()
	h.publish()
	h.tryPublish()
	fmt.Println(<-done)
}
