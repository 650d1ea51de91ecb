// Refresh holds the read lock and calls set, which takes the write lock of the same RWMutex.
package main

import (
	"fmt"
	"sync"
)

type config struct {
	mu     sync.RWMutex
	values map[string]int
}

func (c *config) set(k string, v int) {
	c.mu.Lock() // want "mu.*[(]lock-upgrade[)]"
	c.values[k] = v
	c.mu.Unlock()
}

func (c *config) Refresh() {
	c.mu.RLock()
	defer c.mu.RUnlock()
	if c.values["version"] < 2 {
		c.set("version", 2)
	}
}

func main() {
	c := &config{values: map[string]int{"version": 1}}
	c.Refresh()
	fmt.Println(c.values)
}
