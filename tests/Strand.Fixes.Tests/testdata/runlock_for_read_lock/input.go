package main

import (
	"fmt"
	"sync"
)

type cache struct {
	mu      sync.RWMutex
	entries map[string]string
}

func (c *cache) get(key string) (string, bool) {
	c.mu.RLock()
	defer c.mu.Unlock()
	v, ok := c.entries[key]
	return v, ok
}

func main() {
	c := &cache{entries: map[string]string{"a": "1"}}
	fmt.Println(c.get("a"))
}
