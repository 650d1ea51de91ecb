// The mutex is embedded: Reset locks the set and then calls Clear, an exported method that
// locks the same embedded mutex.
package main

import (
	"fmt"
	"sync"
)

type set struct {
	sync.Mutex
	items map[string]bool
}

func (s *set) Clear() {
	s.Lock() // want "[(]double-lock[)]"
	s.items = map[string]bool{}
	s.Unlock()
}

func (s *set) Reset(keep string) {
	s.Lock()
	had := s.items[keep]
	s.Clear()
	if had {
		s.items[keep] = true
	}
	s.Unlock()
}

func main() {
	s := &set{items: map[string]bool{"a": true}}
	s.Reset("a")
	fmt.Println(len(s.items))
}
