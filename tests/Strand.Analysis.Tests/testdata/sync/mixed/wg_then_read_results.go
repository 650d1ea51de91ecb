// The workers send on an unbuffered channel that is read only after Wait: the first send
// blocks, so Done is never reached and Wait never returns.
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
			results <- len(w) // want "results.*[(](wg-wait-leak|chan-send-leak)[)]"
		}(w)
	}
	wg.Wait() // want "wg.*[(]wg-wait-leak[)]"
	close(results)
	var out []int
	for n := range results {
		out = append(out, n)
	}
	return out
}

func main() {
	fmt.Println(lengths([]string{"a", "bb", "ccc"}))
}
