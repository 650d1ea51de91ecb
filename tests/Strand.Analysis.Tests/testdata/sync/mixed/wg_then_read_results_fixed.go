// The twin of wg_then_read_results.go: a closer goroutine waits and closes, while the caller
// reads as results arrive.
package main

import (
	"fmt"
	"sync"
)

func lengths(words []string) []int {
	results := make(chan int)
	var wg sync.WaitGroup
	for _, w := range words {
		wg.Add(1)
		go func(w string) {
			defer wg.Done()
			results <- len(w)
		}(w)
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	var out []int
	for n := range results {
		out = append(out, n)
	}
	return out
}

func main() {
	fmt.Println(len(lengths([]string{"a", "bb", "ccc"})))
}
