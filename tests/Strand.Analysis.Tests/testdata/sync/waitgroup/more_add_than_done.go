// Add counts one more goroutine than the loop starts: Wait never returns.
package main

import (
	"fmt"
	"sync"
)

func squareAll(xs []int) []int {
	out := make([]int, len(xs))
	var wg sync.WaitGroup
	wg.Add(len(xs) + 1)
	for i, x := range xs {
		go func(i, x int) {
			defer wg.Done()
			out[i] = x * x
		}(i, x)
	}
	wg.Wait() // want "wg.*[(]wg-wait-leak[)]"
	return out
}

func main() {
	fmt.Println(squareAll([]int{1, 2, 3}))
}
