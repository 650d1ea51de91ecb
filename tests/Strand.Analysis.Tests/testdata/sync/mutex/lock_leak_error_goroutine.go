// A worker goroutine returns on a parse error without unlocking the shared total; the next
// worker to lock it blocks forever.
package main

import (
	"fmt"
	"runtime"
	"strconv"
	"sync"
	"time"
)

type totals struct {
	mu  sync.Mutex
	sum int
}

func (t *totals) addText(s string) {
	t.mu.Lock() // want "mu.*[(]lock-leak[)]"
	n, err := strconv.Atoi(s)
	if err != nil {
		return
	}
	t.sum += n
	t.mu.Unlock()
}

func main() {
	t := &totals{}
	for _, s := range []string{"1", "2", "x"} {
		go t.addText(s)
	}
	time.Sleep(50 * time.Millisecond)
	fmt.Println("goroutines left:", runtime.NumGoroutine())
}
