// The twin of lock_leak_early_return.go: the unlock is deferred, so every return releases it.
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
	s.mu.Lock()
	defer s.mu.Unlock()
	v, ok := s.m[key]
	if !ok {
		return 0, false
	}
	return v, true
}

func main() {
	s := &store{m: map[string]int{"a": 1}}
	fmt.Println(s.lookup("missing"))
	fmt.Println(s.lookup("a"))
}
