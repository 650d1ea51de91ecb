// The twin of double_lock_embedded.go: an unexported clearLocked assumes the caller holds the lock.
package main

import (
	"fmt"
	"sync"
)

type set struct {
	sync.Mutex
	items map[string]bool
}

func (s *set) clearLocked() {
	s.items = map[string]bool{}
}

func (s *set) Clear() {
	s.Lock()
	s.clearLocked()
	s.Unlock()
}

func (s *set) Reset(keep string) {
	s.Lock()
	had := s.items[keep]
	s.clearLocked()
	if had {
		s.items[keep] = true
	}
	s.Unlock()
}

func main() {
	s := &set{items: map[string]bool{"a": true}}
	s.Reset("a")
	s.Clear()
	fmt.Println(len(s.items))
}
