// The twin of lost_wakeup_no_loop.go: the waiter waits only while the result is not there.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	finished := make(chan struct{})
	result, done := 0, false
	go func() {
		mu.Lock()
		result, done = 42, true
		c.Signal()
		mu.Unlock()
		close(finished)
	}()
	<-finished
	mu.Lock()
	for !done {
		c.Wait()
	}
	fmt.Println(result)
	mu.Unlock()
}
