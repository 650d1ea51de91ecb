// The twin of lock_upgrade.go: the read lock is released before the write lock is taken, and
// the key is checked again under the write lock.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type cache struct {
	mu sync.RWMutex
	m  map[string]string
}

func (c *cache) get(key string) string {
	c.mu.RLock()
	v, ok := c.m[key]
	c.mu.RUnlock()
	if ok {
		return v
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.m[key]; ok {
		return v
	}
	v = strings.ToUpper(key)
	c.m[key] = v
	return v
}

func main() {
	c := &cache{m: map[string]string{}}
	fmt.Println(c.get("k"), c.get("k"))
}
