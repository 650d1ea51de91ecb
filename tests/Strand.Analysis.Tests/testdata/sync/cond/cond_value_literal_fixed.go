// The twin of cond_value_literal.go: start broadcasts to every runner.
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
		s.cond.Wait()
	}
	s.mu.Unlock()
	out <- id
}

func (s *starter) start() {
	s.mu.Lock()
	s.started = true
	s.cond.Broadcast()
	s.mu.Unlock()
}

func main() {
	s := &starter{}
	s.cond = sync.Cond{L: &s.mu}
	out := make(chan int)
	go s.run(1, out)
	time.Sleep(10 * time.Millisecond) // widens the window so that go run shows the deadlock
	s.start()
	fmt.Println(<-out)
}
