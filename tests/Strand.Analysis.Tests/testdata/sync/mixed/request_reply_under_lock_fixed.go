// The twin of request_reply_under_lock.go: the client does not hold the lock; the service loop
// is the only one that touches the map under it, and it stops when the requests are closed.
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
		s.mu.Lock()
		s.hits[r.key]++
		n := s.hits[r.key]
		s.mu.Unlock()
		r.reply <- n
	}
}

func (s *service) hit(key string) int {
	r := request{key: key, reply: make(chan int)}
	s.reqs <- r
	return <-r.reply
}

func main() {
	s := &service{hits: map[string]int{}, reqs: make(chan request)}
	go s.loop()
	fmt.Println(s.hit("a"))
	close(s.reqs)
}
