package main

import (
	"fmt"
	"sync"
)

// hashAll closes tasks after the last one and waits for the workers.
func hashAll(items []string) int {
	tasks := make(chan string)
	var mu sync.Mutex
	var wg sync.WaitGroup
	seen := 0
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for t := range tasks {
				mu.Lock()
				seen += len(t)
				mu.Unlock()
			}
		}()
	}
	for _, it := range items {
		tasks <- it
	}
	close(tasks)
	wg.Wait()
	return seen
}

func main() {
	fmt.Println(hashAll([]string{"a", "bb", "ccc"}))
}
