// The cache read-locks to look up a key and, on a miss, takes the write lock without
// releasing the read lock: Lock waits for a reader that is this goroutine itself.
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
	if !ok {
		c.mu.Lock() // want "mu.*[(]lock-upgrade[)]"
		v = strings.ToUpper(key)
		c.m[key] = v
		c.mu.Unlock()
	}
	c.mu.RUnlock()
	return v
}

func main() {
	c := &cache{m: map[string]string{}}
	fmt.Println(c.get("k"))
}
