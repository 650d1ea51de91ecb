// The twin of recursive_rlock_method.go: Summary uses lenLocked, which expects the caller to
// hold the lock.
package main

import (
	"fmt"
	"sync"
)

type table struct {
	mu   sync.RWMutex
	rows map[int]string
}

func (t *table) lenLocked() int { return len(t.rows) }

func (t *table) Len() int {
	t.mu.RLock()
	defer t.mu.RUnlock()
	return t.lenLocked()
}

func (t *table) Summary() string {
	t.mu.RLock()
	defer t.mu.RUnlock()
	return fmt.Sprintf("%d rows, first %q", t.lenLocked(), t.rows[0])
}

func (t *table) Put(k int, v string) {
	t.mu.Lock()
	t.rows[k] = v
	t.mu.Unlock()
}

func main() {
	t := &table{rows: map[int]string{0: "zero"}}
	done := make(chan struct{})
	go func() {
		defer close(done)
		for i := 1; i < 1000; i++ {
			t.Put(i, "row")
		}
	}()
	for i := 0; i < 1000; i++ {
		_ = t.Summary()
	}
	<-done
	fmt.Println(t.Len())
}
