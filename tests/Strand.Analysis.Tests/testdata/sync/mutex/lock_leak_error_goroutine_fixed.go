// The twin of lock_leak_error_goroutine.go: the parse happens before the lock, and main waits.
package main

import (
	"fmt"
	"strconv"
	"sync"
)

type totals struct {
	mu  sync.Mutex
	sum int
}

func (t *totals) addText(s string) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return
	}
	t.mu.Lock()
	t.sum += n
	t.mu.Unlock()
}

func main() {
	t := &totals{}
	var wg sync.WaitGroup
	for _, s := range []string{"1", "x", "2"} {
		wg.Add(1)
		go func(s string) {
			defer wg.Done()
			t.addText(s)
		}(s)
	}
	wg.Wait()
	fmt.Println(t.sum)
}
