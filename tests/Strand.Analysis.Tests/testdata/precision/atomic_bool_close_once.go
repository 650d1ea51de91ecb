package main

import (
	"fmt"
	"sync/atomic"
)

// Ticker service stopped by Close; an atomic.Bool lets Close be called more than once.
type service struct {
	closed atomic.Bool
	quit   chan struct{}
	work   chan int
}

func newService() *service {
	s := &service{quit: make(chan struct{}), work: make(chan int)}
	go s.loop()
	return s
}

func (s *service) loop() {
	for {
		select {
		case n := <-s.work:
			fmt.Println("work", n)
		case <-s.quit:
			return
		}
	}
}

// Close closes quit exactly once: the first call finds the flag false.
func (s *service) Close() {
	if !s.closed.CompareAndSwap(false, true) {
		return
	}
	close(s.quit)
}

func main() {
	s := newService()
	defer s.Close()
	s.work <- 1
	s.Close()
}
