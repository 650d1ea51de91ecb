// A closure that unlocks is handed to sort.Slice, which Strand does not model: the lock's
// state after the call is unknown, so the Lock that follows is not reported.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var mu sync.Mutex
	xs := []int{3, 1, 2}
	released := false
	mu.Lock()
	sort.Slice(xs, func(i, j int) bool {
		if !released {
			released = true
			mu.Unlock()
		}
		return xs[i] < xs[j]
	})
	mu.Lock()
	fmt.Println(xs)
	mu.Unlock()
}
