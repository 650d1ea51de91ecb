// The read lock is released with Unlock instead of RUnlock: the program dies with "Unlock of
// unlocked RWMutex", and the read lock it meant to release is never released.
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
	p.mu.Unlock() // want "mu.*[(]lock-leak[)]"
	return n
}

func main() {
	p := &pool{free: []int{1, 2}}
	fmt.Println(p.size())
}
