// The twin of done_skipped_on_error.go: Done is deferred, so the error path calls it too.
package main

import (
	"fmt"
	"strconv"
	"sync"
)

func sum(texts []string) int {
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		total int
	)
	for _, s := range texts {
		wg.Add(1)
		go func(s string) {
			defer wg.Done()
			n, err := strconv.Atoi(s)
			if err != nil {
				return
			}
			mu.Lock()
			total += n
			mu.Unlock()
		}(s)
	}
	wg.Wait()
	return total
}

func main() {
	fmt.Println(sum([]string{"1", "two", "3"}))
}
