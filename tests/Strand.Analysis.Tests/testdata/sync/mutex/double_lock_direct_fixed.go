// The twin of double_lock_direct.go: the first critical section ends before the second begins.
package main

import (
	"fmt"
	"sync"
)

type counter struct {
	mu sync.Mutex
	n  int
}

func (c *counter) incTwice() {
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
}

func main() {
	c := &counter{}
	c.incTwice()
	fmt.Println(c.n)
}
