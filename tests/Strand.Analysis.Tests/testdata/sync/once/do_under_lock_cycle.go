// The lazy index builder takes the registry lock inside the Once, while add holds that lock
// and asks for the index: add waits for the Once, the Once waits for the lock.
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
	time.Sleep(20 * time.Millisecond) // widens the window so that go run shows the deadlock
	r.mu.Lock()                       // want "mu.*[(](once-deadlock|double-lock)[)]"
	r.index = map[string]int{}
	for i, n := range r.names {
		r.index[n] = i + 1
	}
	r.mu.Unlock()
}

func (r *registry) position(name string) int {
	r.once.Do(r.buildIndex) // want "once.*[(]once-deadlock[)]"
	return r.index[name]
}

func (r *registry) add(name string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.position(name) == 0 {
		r.names = append(r.names, name)
	}
}

func main() {
	r := &registry{names: []string{"a"}}
	go r.position("a")
	time.Sleep(5 * time.Millisecond)
	r.add("b")
	fmt.Println(r.names)
}
