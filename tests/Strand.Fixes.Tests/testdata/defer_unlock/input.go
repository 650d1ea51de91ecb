package cache

import "sync"

type Cache struct {
	mu    sync.Mutex
	items map[string]string
}

// Get forgets to unlock when the key is missing; the next caller blocks forever.
func (c *Cache) Get(key string) (string, bool) {
	c.mu.Lock()
	v, ok := c.items[key]
	if !ok {
		return "", false
	}
	c.mu.Unlock()
	return v, true
}

func (c *Cache) Put(key, value string) {
	c.mu.Lock()
	c.items[key] = value
	c.mu.Unlock()
}
