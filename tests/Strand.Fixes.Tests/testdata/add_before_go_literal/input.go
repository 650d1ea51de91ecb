package main

import (
	"fmt"
	"sync"
)

func sizes(names []string) []int {
	var wg sync.WaitGroup
	out := make([]int, len(names))
	for i, n := range names {
		go func(i int, n string) {
			wg.Add(1) // one per goroutine
			defer wg.Done()
			out[i] = len(n)
		}(i, n)
	}
	wg.Wait()
	return out
}

func main() {
	fmt.Println(sizes([]string{"a", "bb"}))
}
