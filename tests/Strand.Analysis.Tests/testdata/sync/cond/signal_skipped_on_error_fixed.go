// The twin of signal_skipped_on_error.go: the error is published too, and always signalled.
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
	err   error
	set   bool
}

func (s *slot) fill(text string) {
	n, err := strconv.Atoi(text)
	s.mu.Lock()
	s.value, s.err, s.set = n, err, true
	s.cond.Signal()
	s.mu.Unlock()
}

func (s *slot) take() (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for !s.set {
		s.cond.Wait()
	}
	return s.value, s.err
}

func main() {
	s := &slot{}
	s.cond = sync.NewCond(&s.mu)
	go s.fill("not a number")
	fmt.Println(s.take())
}
