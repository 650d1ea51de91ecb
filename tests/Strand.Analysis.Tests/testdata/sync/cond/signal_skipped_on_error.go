// The producer returns on an error before publishing and signalling: the waiter never wakes.
package main

import (
	"fmt"
	"strconv"
	"sync"
)

type slot struct {
	mu    sync.Mutex
	cond  *sync.Cond
	value int
	set   bool
}

func (s *slot) fill(text string) {
	n, err := strconv.Atoi(text)
	if err != nil {
		return
	}
	s.mu.Lock()
	s.value, s.set = n, true
	s.cond.Signal()
	s.mu.Unlock()
}

func (s *slot) take() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	for !s.set {
		s.cond.Wait() // want "cond.*[(]cond-wait-leak[)]"
	}
	return s.value
}

func main() {
	s := &slot{}
	s.cond = sync.NewCond(&s.mu)
	go s.fill("not a number")
	fmt.Println(s.take())
}
