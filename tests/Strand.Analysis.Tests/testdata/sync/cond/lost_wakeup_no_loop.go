// The waiter calls Wait without checking a condition: if the signal comes before it waits,
// the wake-up is lost and it waits forever.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	finished := make(chan struct{})
	result := 0
	go func() {
		mu.Lock()
		result = 42
		c.Signal()
		mu.Unlock()
		close(finished)
	}()
	<-finished
	mu.Lock()
	c.Wait() // want "[(]cond-wait-leak[)]"
	fmt.Println(result)
	mu.Unlock()
}
