// Go allows a mutex to be unlocked by another goroutine: a hand-off, not a double lock.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	go func() {
		fmt.Println("working while main holds the lock")
		mu.Unlock()
	}()
	mu.Lock()
	fmt.Println("handed over")
	mu.Unlock()
}
