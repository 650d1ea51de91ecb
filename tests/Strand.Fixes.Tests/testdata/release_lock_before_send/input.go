package main

import (
	"fmt"
	"sync"
)

type hub struct {
	mu      sync.Mutex
	updates chan int
	version int
}

func (h *hub) bump() {
	h.mu.Lock()
	h.version++
	v := h.version
	h.updates <- v
	fmt.Println("published", v)
	h.mu.Unlock()
}

func (h *hub) read() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.version
}

func main() {
	h := &hub{updates: make(chan int)}
	go h.bump()
	fmt.Println(h.read(), <-h.updates)
}
