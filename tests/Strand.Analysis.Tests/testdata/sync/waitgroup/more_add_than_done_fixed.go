// The twin of more_add_than_done.go: one Add per goroutine started.
package main

import (
	"fmt"
	"sync"
)

func squareAll(xs []int) []int {
	out := make([]int, len(xs))
	var wg sync.WaitGroup
	for i, x := range xs {
		wg.Add(1)
		go func(i, x int) {
			defer wg.Done()
			out[i] = x * x
		}(i, x)
	}
	wg.Wait()
	return out
}

func main() {
	fmt.Println(squareAll([]int{1, 2, 3}))
}
