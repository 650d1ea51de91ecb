// Nested read locks with no writer anywhere: nothing can queue between them, so they never
// block.
package main

import (
	"fmt"
	"sync"
)

type catalog struct {
	mu    sync.RWMutex
	names []string
}

func (c *catalog) size() int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return len(c.names)
}

func (c *catalog) describe() string {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return fmt.Sprintf("%d names, first %s", c.size(), c.names[0])
}

func main() {
	c := &catalog{names: []string{"a", "b"}}
	done := make(chan string)
	go func() { done <- c.describe() }()
	fmt.Println(c.describe(), <-done)
}
