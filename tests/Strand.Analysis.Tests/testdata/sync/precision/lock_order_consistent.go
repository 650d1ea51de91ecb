// Two goroutines take two locks, always in the same order.
package main

import (
	"fmt"
	"sync"
)

var (
	a, b   sync.Mutex
	shared int
)

func step(n int) {
	a.Lock()
	b.Lock()
	shared += n
	b.Unlock()
	a.Unlock()
}

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); step(1) }()
	go func() { defer wg.Done(); step(2) }()
	wg.Wait()
	fmt.Println(shared)
}
