// Summary read-locks the table and calls Len, which read-locks again; a concurrent Put makes
// the second RLock wait behind the queued writer, which waits for the first.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

type table struct {
	mu   sync.RWMutex
	rows map[int]string
}

func (t *table) Len() int {
	t.mu.RLock() // want "mu.*[(]recursive-rlock[)]"
	defer t.mu.RUnlock()
	return len(t.rows)
}

func (t *table) Summary() string {
	t.mu.RLock()
	defer t.mu.RUnlock()
	return fmt.Sprintf("%d rows, first %q", t.Len(), t.rows[0])
}

func (t *table) Put(k int, v string) {
	t.mu.Lock() // want "mu.*[(]recursive-rlock[)]"
	t.rows[k] = v
	t.mu.Unlock()
}

func main() {
	t := &table{rows: map[int]string{0: "zero"}}
	go func() {
		for i := 1; i < 1000; i++ {
			t.Put(i, "row")
		}
	}()
	for i := 0; i < 1000; i++ {
		_ = t.Summary()
	}
	time.Sleep(10 * time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
