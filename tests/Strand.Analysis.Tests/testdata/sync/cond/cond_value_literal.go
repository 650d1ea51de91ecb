// A Cond held by value, set from a composite literal over the starter's mutex; nobody
// broadcasts the start, so the runner that waits before it waits forever.
package main

import (
	"fmt"
	"sync"
	"time"
)

type starter struct {
	mu      sync.Mutex
	cond    sync.Cond
	started bool
}

func (s *starter) run(id int, out chan<- int) {
	s.mu.Lock()
	for !s.started {
		s.cond.Wait() // want "cond.*[(]cond-wait-leak[)]"
	}
	s.mu.Unlock()
	out <- id
}

func (s *starter) start() {
	s.mu.Lock()
	s.started = true
	s.mu.Unlock()
}

func main() {
	s := &starter{}
	s.cond = sync.Cond{L: &s.mu}
	out := make(chan int)
	go s.run(1, out)
	time.Sleep(10 * time.Millisecond) // widens the window so that go run shows the deadlock
	s.start()
	fmt.Println(<-out) // want "out.*[(]chan-recv-leak[)]"
}
