// The client holds the service lock across a request and its reply; the service loop takes the
// same lock to handle the request before replying.
package main

import (
	"fmt"
	"sync"
)

type request struct {
	key   string
	reply chan int
}

type service struct {
	mu   sync.Mutex
	hits map[string]int
	reqs chan request
}

func (s *service) loop() {
	for r := range s.reqs {
		s.mu.Lock() // want "mu.*[(]lock-chan-deadlock[)]"
		s.hits[r.key]++
		n := s.hits[r.key]
		s.mu.Unlock()
		r.reply <- n
	}
}

func (s *service) hit(key string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	r := request{key: key, reply: make(chan int)}
	s.reqs <- r
	return <-r.reply // want "reply.*[(]lock-chan-deadlock[)]"
}

func main() {
	s := &service{hits: map[string]int{}, reqs: make(chan request)}
	go s.loop()
	fmt.Println(s.hit("a"))
	close(s.reqs)
}
