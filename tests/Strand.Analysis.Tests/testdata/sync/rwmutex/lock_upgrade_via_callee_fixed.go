// The twin of lock_upgrade_via_callee.go: Refresh decides under the read lock and writes after
// releasing it; set re-checks under the write lock.
package main

import (
	"fmt"
	"sync"
)

type config struct {
	mu     sync.RWMutex
	values map[string]int
}

func (c *config) setAtLeast(k string, v int) {
	c.mu.Lock()
	if c.values[k] < v {
		c.values[k] = v
	}
	c.mu.Unlock()
}

func (c *config) Refresh() {
	c.mu.RLock()
	old := c.values["version"] < 2
	c.mu.RUnlock()
	if old {
		c.setAtLeast("version", 2)
	}
}

func main() {
	c := &config{values: map[string]int{"version": 1}}
	c.Refresh()
	fmt.Println(c.values)
}
