// A counter locks its mutex twice in the same goroutine: the second Lock waits for itself.
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
	c.mu.Lock() // want "mu.*[(]double-lock[)]"
	c.n++
	c.mu.Unlock()
}

func main() {
	c := &counter{}
	c.incTwice()
	fmt.Println(c.n)
}
