// lookup returns early on a miss without unlocking; the next lookup blocks on the lock.
package main

import (
	"fmt"
	"sync"
)

type store struct {
	mu sync.Mutex
	m  map[string]int
}

func (s *store) lookup(key string) (int, bool) {
	s.mu.Lock() // want "mu.*[(]lock-leak[)]"
	v, ok := s.m[key]
	if !ok {
		return 0, false
	}
	s.mu.Unlock()
	return v, true
}

func main() {
	s := &store{m: map[string]int{"a": 1}}
	fmt.Println(s.lookup("missing"))
	fmt.Println(s.lookup("a"))
}
