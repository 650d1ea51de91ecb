// The twin of do_under_lock_cycle.go: add asks for the index before it takes the lock.
package main

import (
	"fmt"
	"sync"
	"time"
)

type registry struct {
	mu    sync.Mutex
	once  sync.Once
	names []string
	index map[string]int
}

func (r *registry) buildIndex() {
	time.Sleep(20 * time.Millisecond)
	r.mu.Lock()
	r.index = map[string]int{}
	for i, n := range r.names {
		r.index[n] = i + 1
	}
	r.mu.Unlock()
}

func (r *registry) position(name string) int {
	r.once.Do(r.buildIndex)
	return r.index[name]
}

func (r *registry) add(name string) {
	known := r.position(name) != 0
	r.mu.Lock()
	defer r.mu.Unlock()
	if !known {
		r.names = append(r.names, name)
	}
}

func main() {
	r := &registry{names: []string{"a"}}
	done := make(chan int)
	go func() { done <- r.position("a") }()
	time.Sleep(5 * time.Millisecond)
	r.add("b")
	fmt.Println(r.names, <-done)
}
