// The twin of lock_leak_break.go: the lock is released before breaking out of the loop.
package main

import (
	"fmt"
	"sync"
)

type queue struct {
	mu    sync.Mutex
	items []int
	seen  int
}

func (q *queue) firstNegative() int {
	found := -1
	for i := range q.items {
		q.mu.Lock()
		if q.items[i] < 0 {
			found = i
			q.mu.Unlock()
			break
		}
		q.seen++
		q.mu.Unlock()
	}
	q.mu.Lock()
	q.seen = 0
	q.mu.Unlock()
	return found
}

func main() {
	q := &queue{items: []int{3, -1, 4}}
	fmt.Println(q.firstNegative())
}
