// The twin of add_in_goroutine.go: Add runs before the go statement.
package main

import (
	"fmt"
	"sync"
)

func fetchAll(urls []string) map[string]int {
	var (
		wg  sync.WaitGroup
		mu  sync.Mutex
		got = map[string]int{}
	)
	for _, u := range urls {
		wg.Add(1)
		go func(u string) {
			defer wg.Done()
			mu.Lock()
			got[u] = len(u)
			mu.Unlock()
		}(u)
	}
	wg.Wait()
	mu.Lock()
	defer mu.Unlock()
	return got
}

func main() {
	fmt.Println(len(fetchAll([]string{"a", "bb"})))
}
