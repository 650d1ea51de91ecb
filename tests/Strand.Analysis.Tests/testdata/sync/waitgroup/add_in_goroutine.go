// Add runs inside the goroutine it counts: Wait can run first, see a zero counter and return
// before the work is done.
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
		go func(u string) {
			wg.Add(1) // want "Add.*[(]wg-add-in-goroutine[)]"
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
