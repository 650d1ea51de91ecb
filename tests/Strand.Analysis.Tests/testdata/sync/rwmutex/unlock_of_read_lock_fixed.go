// The twin of unlock_of_read_lock.go: RUnlock pairs with RLock.
package main

import (
	"fmt"
	"sync"
)

type pool struct {
	mu   sync.RWMutex
	free []int
}

func (p *pool) size() int {
	p.mu.RLock()
	n := len(p.free)
	p.mu.RUnlock()
	return n
}

func main() {
	p := &pool{free: []int{1, 2}}
	fmt.Println(p.size(), p.size())
}
